-- Run once by the postgres image on an empty data volume (docker-entrypoint-initdb.d).
-- One database per service; no service reads another's tables (docs: DESIGN.md).
CREATE DATABASE parks ENCODING 'UTF8';
CREATE DATABASE plans ENCODING 'UTF8';
CREATE DATABASE acceptance ENCODING 'UTF8';
CREATE DATABASE reporting ENCODING 'UTF8';
