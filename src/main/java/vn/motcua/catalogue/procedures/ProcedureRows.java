package vn.motcua.catalogue.procedures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.ReceiptRule;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.catalogue.OnlineLevel;
import vn.motcua.catalogue.ProcedureDraft;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.shared.SqlArrays;

/** A row of {@code catalogue_procedure}: the columns, the «in force» condition, reading and writing it. */
public final class ProcedureRows {

	/** Every column a {@link ProcedureView} needs, without its documents and steps. */
	public static final String SELECT = """
			select id, code, name, field, level, effective_from, effective_to, time_limit, time_unit, receipt_rules, fee_vnd,
			       fee_note, online_level, legal_basis, applicants, competent_agency, result, conditions, filing_steps, sources,
			       unverified from catalogue_procedure""";

	/** In force on the day bound as {@code :date}. */
	public static final String IN_FORCE = " (effective_from <= :date and (effective_to is null or effective_to >= :date))";

	private ProcedureRows() {
	}

	/** @return the version of the row, without documents and steps. */
	public static ProcedureView header(ResultSet rs, int row) throws SQLException {
		return new ProcedureView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
				rs.getString("field"), ProcedureLevel.valueOf(rs.getString("level")),
				rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
				rs.getObject("time_limit", Integer.class), unit(rs.getString("time_unit")), SqlArrays.enums(rs, "receipt_rules", ReceiptRule.class),
				rs.getObject("fee_vnd", Long.class),
				rs.getString("fee_note"), OnlineLevel.valueOf(rs.getString("online_level")), rs.getString("legal_basis"),
				List.of(), List.of(),
				new ProcedureView.Particulars(rs.getString("applicants"), rs.getString("competent_agency"),
						rs.getString("result"), rs.getString("conditions"), rs.getString("filing_steps"),
						rs.getString("sources"), rs.getString("unverified")));
	}

	private static @Nullable TimeLimitUnit unit(@Nullable String name) {
		return name == null ? null : TimeLimitUnit.valueOf(name);
	}

	/** @return the values of a new row's columns, by the parameter names of its insert. */
	static Map<String, @Nullable Object> columns(UUID id, ProcedureDraft draft) {
		Map<String, @Nullable Object> columns = new HashMap<>();
		columns.put("id", id);
		columns.put("code", draft.code());
		columns.put("name", draft.name());
		columns.put("field", draft.field());
		columns.put("level", draft.level().name());
		columns.put("from", draft.effectiveFrom());
		columns.put("to", draft.effectiveTo());
		columns.put("limit", draft.timeLimit());
		TimeLimitUnit unit = draft.timeUnit();
		columns.put("unit", unit == null ? null : unit.name());
		columns.put("rules", SqlArrays.names(draft.receiptRules()));
		columns.put("fee", draft.feeVnd());
		columns.put("feeNote", draft.feeNote());
		columns.put("online", draft.onlineLevel().name());
		columns.put("legal", draft.legalBasis());
		columns.put("applicants", draft.particulars().applicants());
		columns.put("agency", draft.particulars().competentAgency());
		columns.put("result", draft.particulars().result());
		columns.put("conditions", draft.particulars().conditions());
		columns.put("steps", draft.particulars().filingSteps());
		columns.put("sources", draft.particulars().sources());
		columns.put("unverified", draft.particulars().unverified());
		return columns;
	}

}
