package vn.motcua.dossier.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Timeliness;

/** The dossier's copy of one step of the internal process, with its due moment and who did it. */
public final class DossierStep {

	private final int position;

	private final String name;

	private final String role;

	private final double shareHours;

	private final @Nullable UUID actingUnitId;

	private @Nullable Instant dueAt;

	private @Nullable String assignee;

	private @Nullable Instant startedAt;

	private @Nullable Instant completedAt;

	private @Nullable String completedBy;

	private @Nullable Timeliness timeliness;

	public DossierStep(int position, String name, String role, double shareHours, @Nullable UUID actingUnitId,
			@Nullable Instant dueAt, @Nullable String assignee, @Nullable Instant startedAt, @Nullable Instant completedAt,
			@Nullable String completedBy, @Nullable Timeliness timeliness) {
		this.position = position;
		this.name = name;
		this.role = role;
		this.shareHours = shareHours;
		this.actingUnitId = actingUnitId;
		this.dueAt = dueAt;
		this.assignee = assignee;
		this.startedAt = startedAt;
		this.completedAt = completedAt;
		this.completedBy = completedBy;
		this.timeliness = timeliness;
	}

	/** A step of a process template, not yet planned nor started. */
	public static DossierStep planned(int position, String name, String role, double shareHours,
			@Nullable UUID actingUnitId) {
		return new DossierStep(position, name, role, shareHours, actingUnitId, null, null, null, null, null, null);
	}

	void dueAt(Instant due) {
		this.dueAt = due;
	}

	void start(Instant at) {
		this.startedAt = at;
	}

	/** Given to an official: started then, if it was not yet. */
	void assign(String official, Instant now) {
		this.assignee = official;
		if (this.startedAt == null) {
			this.startedAt = now;
		}
	}

	/** Done by {@code official} at {@code now}: on time or late against its own due moment. */
	void complete(String official, Instant now) {
		this.completedAt = now;
		this.completedBy = official;
		this.timeliness = Deadlines.judge(this.dueAt, now);
	}

	/** Sent back to: open again from {@code now}, its earlier completion forgotten, its official kept. */
	void reopen(Instant now) {
		this.completedAt = null;
		this.completedBy = null;
		this.timeliness = null;
		this.startedAt = now;
	}

	public int position() {
		return this.position;
	}

	public String name() {
		return this.name;
	}

	public String role() {
		return this.role;
	}

	public double shareHours() {
		return this.shareHours;
	}

	/** @return the unit of the other agency acting on an inter-agency step, {@literal null} otherwise. */
	public @Nullable UUID actingUnitId() {
		return this.actingUnitId;
	}

	public @Nullable Instant dueAt() {
		return this.dueAt;
	}

	public @Nullable String assignee() {
		return this.assignee;
	}

	public @Nullable Instant startedAt() {
		return this.startedAt;
	}

	public @Nullable Instant completedAt() {
		return this.completedAt;
	}

	public @Nullable String completedBy() {
		return this.completedBy;
	}

	public @Nullable Timeliness timeliness() {
		return this.timeliness;
	}

	public boolean isCompleted() {
		return this.completedAt != null;
	}

}
