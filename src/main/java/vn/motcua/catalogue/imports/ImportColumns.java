package vn.motcua.catalogue.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.motcua.shared.TextFolding;

/** The columns of an import file: a key each, found by its (Vietnamese) header, accents or not. */
final class ImportColumns {

	/** The titles by key, in the template's order. */
	static final Map<String, String> TITLES;

	static {
		Map<String, String> titles = new LinkedHashMap<>();
		titles.put("code", "Mã thủ tục");
		titles.put("name", "Tên thủ tục");
		titles.put("field", "Lĩnh vực");
		titles.put("level", "Cấp thực hiện");
		titles.put("limit", "Thời hạn giải quyết");
		titles.put("unit", "Đơn vị thời hạn");
		titles.put("fee", "Phí, lệ phí (đồng)");
		titles.put("feeNote", "Ghi chú phí");
		titles.put("online", "Mức độ dịch vụ công");
		titles.put("documents", "Thành phần hồ sơ");
		titles.put("legal", "Căn cứ pháp lý");
		titles.put("applicants", "Đối tượng thực hiện");
		titles.put("agency", "Cơ quan thực hiện");
		titles.put("result", "Kết quả thực hiện");
		titles.put("conditions", "Yêu cầu, điều kiện");
		titles.put("steps", "Trình tự thực hiện");
		titles.put("receipt", "Thời điểm tính là đã nhận");
		TITLES = Collections.unmodifiableMap(titles);
	}

	/** The columns a file must have. */
	static final List<String> REQUIRED = List.of("code", "name", "field", "level", "limit", "unit");

	private ImportColumns() {
	}

	static String title(String key) {
		return TITLES.get(key);
	}

	/** @return the key of the column with that header, if it is one of ours. */
	static Optional<String> keyOf(String header) {
		String folded = TextFolding.fold(header);
		return TITLES.entrySet()
			.stream()
			.filter(e -> folded.equals(TextFolding.fold(e.getValue())))
			.map(Map.Entry::getKey)
			.findFirst();
	}

}
