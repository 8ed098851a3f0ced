INSERT INTO not_a_table VALUES (1);
