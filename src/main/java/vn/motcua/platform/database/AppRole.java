package vn.motcua.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Sets the embedded database up for the application: a non-superuser role {@value
 * DatabaseCredentials#APP_ROLE} that owns the application's schema, passwords for both roles,
 * and {@code scram-sha-256} for every connection, so that no local user gets in without a password.
 * A data directory made by an earlier version (trust, everything owned by the superuser) is
 * converted on its first start: its objects are handed to the application role.
 */
final class AppRole {

	/** Tables, views and free sequences of {@code public} still owned by the superuser, but not an extension's. */
	private static final String HAND_OVER = """
			do $$ declare r record; begin
			  for r in select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
			    where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
			      and pg_get_userbyid(c.relowner) = 'postgres' and c.relname not like 'audit\\_%'
			      and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
			        and d.deptype in ('e', 'a', 'i'))
			  loop execute format('alter %s %I owner to motcua',
			    case r.relkind when 'S' then 'sequence' when 'v' then 'view' when 'm' then 'materialized view' else 'table' end,
			    r.relname);
			  end loop; end $$""";

	private static final String HBA = """
			# Written by MotCua: every connection gives a password (scram-sha-256)
			local   all   all                 scram-sha-256
			host    all   all   127.0.0.1/32  scram-sha-256
			host    all   all   ::1/128       scram-sha-256
			# a streaming replica on this machine (README «Reads on a replica»): the superuser, with its password
			host    replication   postgres   127.0.0.1/32  scram-sha-256
			host    replication   postgres   ::1/128       scram-sha-256
			""";

	/** The audit log's tables and functions go to the superuser: the application may only add and read. */
	private static final String PROTECT_AUDIT = """
			do $$ begin
			  if exists (select 1 from pg_tables where schemaname = 'public' and tablename = 'audit_entry') then
			    alter table audit_entry owner to postgres;
			    alter table audit_seal owner to postgres;
			    alter function audit_append_only() owner to postgres;
			    alter function audit_row() owner to postgres;
			    grant select, insert on audit_entry, audit_seal to motcua;
			  end if;
			end $$""";

	private AppRole() {
	}

	/** After the migrations: the audit log becomes append-only for the application's role itself. */
	static void protectAuditLog(EmbeddedPostgres postgres) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(PROTECT_AUDIT);
		}
	}

	static void ensure(EmbeddedPostgres postgres, DatabaseCredentials credentials, Path dataDir)
			throws SQLException, IOException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("set password_encryption = 'scram-sha-256'");
			statement.execute("alter role postgres password " + literal(credentials.superuserPassword()));
			statement.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = 'motcua') then "
					+ "create role motcua login nosuperuser nocreaterole nocreatedb; end if; end $$");
			statement.execute("alter role motcua password " + literal(credentials.appPassword()));
			statement.execute("grant connect, create, temporary on database postgres to motcua");
			statement.execute("alter schema public owner to motcua");
			statement.execute(HAND_OVER);
			Path hba = dataDir.resolve("pg_hba.conf");
			if (!Files.readString(hba, StandardCharsets.UTF_8).equals(HBA)) {
				Files.writeString(hba, HBA, StandardCharsets.UTF_8);
				statement.execute("select pg_reload_conf()");
			}
		}
	}

	private static String literal(String secret) {
		return "'" + secret.replace("'", "''") + "'";
	}

}
