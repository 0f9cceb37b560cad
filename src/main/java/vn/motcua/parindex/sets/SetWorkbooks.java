package vn.motcua.parindex.sets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import vn.motcua.parindex.domain.CriteriaInvalid;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Criteria sets imported from and exported to the workbook layout provinces publish ({@link CriteriaWorkbook}). */
@Service
@Transactional
public class SetWorkbooks {

	private final ParSets sets;

	SetWorkbooks(ParSets sets) {
		this.sets = sets;
	}

	/**
	 * Records a set whose criteria and bands come from a workbook; the rest from {@code header}.
	 * @return the new set's id.
	 * @throws CriteriaInvalid naming the row ({@code Dòng 7 (2)}) of the cell or the node that breaks
	 * a rule; nothing is imported then. DomainException as {@link ParSets#create}, {@code par-workbook-unreadable}.
	 */
	public UUID importSet(SetRequest header, InputStream excel, Actor actor) {
		CriteriaWorkbook.Read read;
		try {
			read = CriteriaWorkbook.read(excel);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof CriteriaInvalid invalid) {
				throw invalid;
			}
			throw new DomainException(Kind.INVALID, "par-workbook-unreadable");
		}
		SetRequest request = new SetRequest(header.year(), header.name(), header.issuerUnit(), header.units(), read.bands(),
				read.criteria(), header.periodFrom(), header.periodTo(), header.selfDue(), header.appraisalDue());
		try {
			return this.sets.create(request, actor);
		}
		catch (CriteriaInvalid ex) {
			Integer row = read.rowOf().get(ex.field());
			if (row == null) {
				throw ex;
			}
			throw new CriteriaInvalid("Dòng " + row + " (" + ex.field() + ")", ex.reason(), ex.fieldArgs());
		}
	}

	/** @throws DomainException {@code par-set-not-found} for a set that does not concern the actor. */
	@Transactional(readOnly = true)
	public byte[] export(UUID id, Actor actor) {
		ParSet set = this.sets.concerning(actor).stream().filter(s -> s.id().equals(id)).findFirst()
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "par-set-not-found", id));
		try {
			return CriteriaWorkbook.write(set.tree());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
