-- Work that one server of a cluster does for all (the timers' rounds), and the turn that servers starting
-- together take to set up the database one after another (the demo data, the first admin).
CREATE TABLE cluster_lease (
    name        VARCHAR(40)  NOT NULL PRIMARY KEY,
    holder      VARCHAR(120) NOT NULL,
    held_until  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO cluster_lease (name, holder, held_until) VALUES ('startup', '-', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
INSERT INTO cluster_lease (name, holder, held_until) VALUES ('hold-expiry', '-', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
INSERT INTO cluster_lease (name, holder, held_until) VALUES ('mail-outbox', '-', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
