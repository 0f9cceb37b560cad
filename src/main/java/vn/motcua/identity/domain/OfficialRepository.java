package vn.motcua.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

public interface OfficialRepository extends CrudRepository<Official, UUID> {

	@Query("select * from identity_official where lower(username) = lower(:username)")
	Optional<Official> findByUsername(String username);

	/** @return the officials of these units (agencies' units), never those without an agency. */
	List<Official> findByUnitIdIn(Collection<UUID> unitIds);

	@Query("select count(*) from identity_official_role where role = 'ADMIN'")
	long countAdministrators();

}
