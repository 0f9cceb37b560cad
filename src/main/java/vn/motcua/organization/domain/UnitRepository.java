package vn.motcua.organization.domain;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

public interface UnitRepository extends CrudRepository<AdministrativeUnit, UUID> {

}
