package vn.motcua.shared;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** Sets of enum constants in PostgreSQL {@code varchar[]} columns, by their names. */
public final class SqlArrays {

	private SqlArrays() {
	}

	/** @return the constants named in the column, none for an empty array. */
	public static <E extends Enum<E>> Set<E> enums(ResultSet rs, String column, Class<E> type) throws SQLException {
		Array array = rs.getArray(column);
		Set<E> values = EnumSet.noneOf(type);
		Arrays.stream((String[]) array.getArray()).map(name -> Enum.valueOf(type, name)).forEach(values::add);
		return values;
	}

	/** @return the names of the constants, sorted, to bind to a {@code varchar[]} parameter. */
	public static String[] names(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().toArray(String[]::new);
	}

}
