package vn.motcua.portal.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.organization.UnitScope;
import vn.motcua.portal.domain.MediaKind;
import vn.motcua.shared.Uploads;

/** The media library's rows: the items and their stored files. */
@Repository
class MediaStore {

	private final JdbcClient jdbc;

	MediaStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Media m) {
		this.jdbc.sql("""
				insert into portal_media (id, unit_id, kind, title, alt_text, credit, width, height, embed_url, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(m.id(), m.unitId(), m.kind().name(), m.title(), m.altText(), m.credit(), m.width(), m.height(), m.embedUrl(),
					m.createdBy(), Timestamp.from(m.createdAt()))
			.update();
	}

	void insertFile(UUID media, String rendition, Uploads.Stored file) {
		this.jdbc.sql("""
				insert into portal_media_file (media_id, rendition, file_name, content_type, storage_path, sha256, size_bytes)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(media, rendition, file.fileName(), file.contentType(), file.path(), file.sha256(), file.size())
			.update();
	}

	Optional<Media> find(UUID id) {
		return this.jdbc.sql("select * from portal_media where id = ?").param(id).query(MediaStore::row).optional();
	}

	/** @return the items of the units in scope, of one kind or all, the latest first. */
	List<Media> inScope(UnitScope scope, @Nullable MediaKind kind) {
		return this.jdbc.sql("select * from portal_media where " + scope.sqlCondition("unit_id")
				+ (kind == null ? "" : " and kind = '" + kind.name() + "'") + " order by created_at desc limit 500")
			.params(scope.systemWide() ? Map.of() : Map.of("scope", scope.sqlUnits()))
			.query(MediaStore::row)
			.list();
	}

	<T> Optional<T> file(UUID media, String rendition, org.springframework.jdbc.core.RowMapper<T> mapper) {
		return this.jdbc.sql("select * from portal_media_file where media_id = ? and rendition = ?")
			.params(media, rendition)
			.query(mapper)
			.optional();
	}

	/** @return the unit's latest video, a file or a link. */
	Optional<Media> latestVideo(UUID unit) {
		return this.jdbc.sql("select * from portal_media where unit_id = ? and kind in ('VIDEO', 'EMBED') order by created_at desc, id limit 1")
			.param(unit)
			.query(MediaStore::row)
			.optional();
	}

	List<String> paths(UUID media) {
		return this.jdbc.sql("select storage_path from portal_media_file where media_id = ?").param(media).query(String.class).list();
	}

	/** @return whether an article's cover, a leader's photo or a banner shows it. */
	boolean inUse(Media m) {
		return this.jdbc.sql("""
				select exists (select 1 from portal_article where cover_url like :url) or exists (select 1 from portal_leader where photo_id = :id)
				  or exists (select 1 from portal_link where image_id = :id)""")
			.param("url", m.url() + "%")
			.param("id", m.id())
			.query(Boolean.class)
			.single();
	}

	void delete(UUID id) {
		this.jdbc.sql("delete from portal_media where id = ?").param(id).update();
	}

	static Media row(ResultSet rs, int n) throws SQLException {
		return new Media(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
				MediaKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("alt_text"), rs.getString("credit"),
				rs.getObject("width", Integer.class), rs.getObject("height", Integer.class), rs.getString("embed_url"),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
	}

}
