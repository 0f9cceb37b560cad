package vn.motcua.dossier.domain;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

/**
 * The digitisation of a dossier's components (thành phần hồ sơ), one per required document of its
 * procedure: each is scanned or uploaded (all its pages, in order), or marked with the reason it is
 * not (Decree 61/2018 Art. 17.1 as amended by Decree 107/2021; Circular 01/2023 Art. 8). The
 * dossier counts as digitised for Decision 766 when every component is scanned or its data is
 * already held electronically; one only shown, or confidential, keeps it out.
 */
public record Checklist(List<Component> components) {

	public Checklist {
		components = List.copyOf(components);
	}

	/** Why a component is not scanned. */
	public enum Reason {

		/** the original was only shown for comparison and handed back */
		ORIGINAL_SHOWN,
		/** its data is already held electronically (a national database, the citizen's data store) */
		ELECTRONIC_HELD,
		/** a confidential paper, not to be digitised */
		CONFIDENTIAL

	}

	/** Where a component stands. */
	public enum State {

		DIGITISED, NOT_DIGITISED, MISSING

	}

	/**
	 * @param position the required document's number in the procedure, from 1.
	 * @param files its scanned pages or files, in order.
	 * @param reason why it is not scanned; {@literal null} when scanned or not yet decided.
	 */
	public record Component(int position, String name, int files, @Nullable Reason reason) {

		public State state() {
			if (this.files > 0) {
				return State.DIGITISED;
			}
			return this.reason == null ? State.MISSING : State.NOT_DIGITISED;
		}

		/** @return whether it counts as digitised: scanned, or its data already held electronically. */
		public boolean counts() {
			return this.files > 0 || this.reason == Reason.ELECTRONIC_HELD;
		}

	}

	/**
	 * @param required the procedure's required documents, position to name.
	 * @param files per position, the scans recorded.
	 * @param marks per position, the reason recorded.
	 */
	public static Checklist of(Map<Integer, String> required, Map<Integer, Integer> files, Map<Integer, Reason> marks) {
		return new Checklist(required.entrySet().stream().sorted(Map.Entry.comparingByKey())
			.map(e -> new Component(e.getKey(), e.getValue(), files.getOrDefault(e.getKey(), 0), marks.get(e.getKey())))
			.toList());
	}

	/** @return whether every component counts; a dossier without required documents is not digitised by a checklist. */
	public boolean digitised() {
		return !this.components.isEmpty() && this.components.stream().allMatch(Component::counts);
	}

	/** @throws DomainException {@code component-not-found} when the procedure has no such required document. */
	public Component component(int position) {
		return this.components.stream().filter(c -> c.position() == position).findFirst()
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "component-not-found", position));
	}

	/**
	 * Checks that {@code position} may be marked not digitised.
	 * @throws DomainException {@code component-not-found}, {@code component-scanned} (its scans say it is
	 * digitised: remove none of them silently).
	 */
	public Component markable(int position) {
		return withoutFiles(position, "component-scanned");
	}

	/**
	 * Checks that {@code position} may take a document of the applicant's data store as its scan: one
	 * stored document stands for the whole component, so it is taken only for a component without files
	 * (a page scanned after it is added as for any component).
	 * @throws DomainException {@code component-not-found}, {@code component-has-scans}.
	 */
	public Component unscanned(int position) {
		return withoutFiles(position, "component-has-scans");
	}

	private Component withoutFiles(int position, String refusal) {
		Component component = component(position);
		if (component.files() > 0) {
			throw new DomainException(Kind.CONFLICT, refusal, component.name());
		}
		return component;
	}

}
