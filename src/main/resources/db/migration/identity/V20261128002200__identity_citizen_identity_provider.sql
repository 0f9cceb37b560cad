-- A citizen who logs in through an OpenID Connect identity provider (the national one): the
-- provider's issuer and subject, which identify the person from then on.
alter table identity_citizen add column idp_subject varchar(300) unique;
