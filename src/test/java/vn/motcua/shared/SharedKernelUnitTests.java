package vn.motcua.shared;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SharedKernelUnitTests {

	@Test
	void foldingIgnoresDiacriticsCaseAndSpacing() {
		assertThat(TextFolding.fold("  Xã ĐỘNG   Đạt ")).isEqualTo("xa dong dat");
		assertThat(TextFolding.fold("Đăng ký khai sinh")).isEqualTo(TextFolding.fold("dang ky khai sinh"));
		assertThat(TextFolding.fold("Thị trấn Giang Tiên")).isEqualTo("thi tran giang tien");
	}

	@Test
	void plainTextDropsDiacriticsButKeepsCase() {
		assertThat(TextFolding.plain("Thiếu Hợp đồng ĐẤT, số 5")).isEqualTo("Thieu Hop dong DAT, so 5");
	}

	@Test
	void csvReadsQuotedFieldsWithCommasAndDoubledQuotes() {
		String text = "\uFEFFcode,name,note\r\n05611,Thị trấn Đu,\"district seat, \"\"Đu\"\"\"\n05614,Xã Yên Ninh,\n\n"
				+ "05620,\"Xã Yên\r\nTrạch\",\"\"";

		List<Map<String, String>> rows = Csv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

		assertThat(rows).hasSize(3);
		assertThat(rows.get(2)).containsEntry("name", "Xã Yên\r\nTrạch").containsEntry("note", "");
		assertThat(rows.get(0)).containsEntry("code", "05611").containsEntry("note", "district seat, \"Đu\"");
		assertThat(rows.get(1)).containsEntry("name", "Xã Yên Ninh").containsEntry("note", "");
	}

	@Test
	void csvReadsTheSeedUnitsWithAllTheirEras() {
		List<Map<String, String>> rows = Csv.read(SharedKernelUnitTests.class.getResourceAsStream("/seed/phu-luong-units.csv"));

		assertThat(rows).hasSize(22);
		assertThat(rows).filteredOn(r -> r.get("code").equals("05644")).hasSize(2);
	}

	@Test
	void theSystemActorIsSystemWide() {
		assertThat(Actor.system().unitId()).isNull();
		assertThat(Actor.system().hasRole(Role.ADMIN)).isTrue();
	}

}
