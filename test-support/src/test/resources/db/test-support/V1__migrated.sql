CREATE TABLE migrated (id int);
INSERT INTO migrated VALUES (1), (2);
