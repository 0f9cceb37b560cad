package vn.motcua.dossier.demo;

import java.util.List;
import java.util.UUID;

import vn.motcua.dossier.store.StoreKeeper;
import vn.motcua.identity.CitizenParticulars;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile: the demo citizen ({@code congdan@example.vn}) filed the latest online dossiers of
 * xã Phú Lương's desk, so «Hồ sơ của tôi» and «Kho dữ liệu của tôi» show something at first login;
 * the citizen whose identity is vouched ({@code dinhdanh@example.vn}) filed the latest counter
 * dossier of xã Phú Lương with every component scanned, so her store holds its scans and the desk is
 * offered them when she files there again.
 */
@Component
@Profile("demo")
class DemoCitizenDossiers {

	static final int DOSSIERS = 4;

	private final CitizenParticulars citizens;

	private final StoreKeeper store;

	private final JdbcClient jdbc;

	DemoCitizenDossiers(CitizenParticulars citizens, StoreKeeper store, JdbcClient jdbc) {
		this.citizens = citizens;
		this.store = store;
		this.jdbc = jdbc;
	}

	@Transactional
	void adopt() {
		this.citizens.account("congdan@example.vn").ifPresent(citizen -> {
			List<UUID> latest = this.jdbc.sql("""
					select id from dossier where code like '000.41.20.H55-%' and channel = 'ONLINE' and citizen_id is null
					 order by received_at desc limit ?""")
				.param(DOSSIERS)
				.query(UUID.class)
				.list();
			this.jdbc.sql("update dossier set citizen_id = ? where id = any(?)")
				.params(citizen, latest.toArray(UUID[]::new))
				.update();
			latest.forEach(this.store::keep);
		});
		this.citizens.account("dinhdanh@example.vn").flatMap(this.citizens::of).ifPresent(person -> {
			List<UUID> counter = this.jdbc.sql("""
					select d.id from dossier d
					 where d.code like '000.41.20.H55-%' and d.channel = 'DIRECT' and d.citizen_id is null
					   and d.required_components > 0 and d.required_components = (select count(distinct a.component)
					     from dossier_attachment a where a.dossier_id = d.id and a.kind = 'SCAN')
					 order by d.received_at desc limit 1""")
				.query(UUID.class)
				.list();
			this.jdbc.sql("update dossier set applicant_name = ?, applicant_id_number = ? where id = any(?)")
				.params(person.fullName(), person.idNumber(), counter.toArray(UUID[]::new))
				.update();
			counter.forEach(this.store::keep);
		});
	}

}
