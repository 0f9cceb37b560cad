package vn.motcua.identity.domain;

import vn.motcua.identity.Role;

import org.springframework.data.relational.core.mapping.Table;

/** One role of an official (a row of identity_official_role). */
@Table("identity_official_role")
record OfficialRole(Role role) {
}
