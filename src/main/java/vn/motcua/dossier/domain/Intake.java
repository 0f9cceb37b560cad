package vn.motcua.dossier.domain;

import java.time.Instant;
import java.util.UUID;

import vn.motcua.calendar.Channel;
import vn.motcua.calendar.ClockStopMode;
import vn.motcua.calendar.RuleVersion;
import vn.motcua.calendar.TimeLimitUnit;

/**
 * What was fixed at receipt and never changes: procedure version, receiving agency and its unit,
 * channel, applicant, the moment counting started, the time limit and the rules in force.
 */
public record Intake(UUID procedureId, String procedureCode, String procedureName, UUID agencyId, String agencyCode,
		UUID unitId, Channel channel, Applicant applicant, Instant receivedAt, Instant countFrom, int timeLimit,
		TimeLimitUnit timeUnit, RuleVersion ruleVersion, ClockStopMode clockStopMode, String receivedBy,
		String lookupSecret) {
}
