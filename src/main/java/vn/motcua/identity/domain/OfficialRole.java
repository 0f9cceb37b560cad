package vn.motcua.identity.domain;

import vn.motcua.shared.Role;

import org.springframework.data.relational.core.mapping.Table;

/** One role of an official (a row of identity_official_role). */
@Table("identity_official_role")
record OfficialRole(Role role) {
}
