package vn.motcua.dossier.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;
import vn.motcua.calendar.ClockStopMode;
import vn.motcua.calendar.ReceiptRule;
import vn.motcua.calendar.RuleVersion;
import vn.motcua.calendar.TimeLimitUnit;

/**
 * What was fixed at receipt and never changes: procedure version, the competent agency and its unit
 * (which resolve the dossier), channel, applicant, the moment counting started, the time limit and
 * the rules in force — and the desk that received it for them, when it is another agency's.
 *
 * @param receiptRules the procedure's rules on when the dossier counts as received.
 * @param desk {@literal null} when the competent agency received the dossier itself.
 */
public record Intake(UUID procedureId, String procedureCode, String procedureName, UUID agencyId, String agencyCode,
		UUID unitId, Channel channel, Applicant applicant, Instant receivedAt, Instant countFrom, int timeLimit,
		TimeLimitUnit timeUnit, Set<ReceiptRule> receiptRules, RuleVersion ruleVersion, ClockStopMode clockStopMode, String receivedBy,
		String lookupSecret, @Nullable Desk desk) {

	public Intake {
		receiptRules = Set.copyOf(receiptRules);
	}

	/** A dossier received by the competent agency itself. */
	public Intake(UUID procedureId, String procedureCode, String procedureName, UUID agencyId, String agencyCode,
			UUID unitId, Channel channel, Applicant applicant, Instant receivedAt, Instant countFrom, int timeLimit,
			TimeLimitUnit timeUnit, Set<ReceiptRule> receiptRules, RuleVersion ruleVersion, ClockStopMode clockStopMode, String receivedBy,
			String lookupSecret) {
		this(procedureId, procedureCode, procedureName, agencyId, agencyCode, unitId, channel, applicant, receivedAt,
				countFrom, timeLimit, timeUnit, receiptRules, ruleVersion, clockStopMode, receivedBy, lookupSecret, null);
	}

	/** @return the unit of the desk that received the dossier: its own, or the competent one. */
	public UUID receivingUnitId() {
		return this.desk == null ? this.unitId : this.desk.unitId();
	}

}
