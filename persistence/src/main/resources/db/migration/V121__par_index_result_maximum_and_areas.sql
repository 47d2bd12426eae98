-- A published PAR INDEX is out of the year's maximum (97.5 in 2016), its rank may be unknown, and the points of
-- each area are kept when the publication gives them.
ALTER TABLE par_index_result
    ADD COLUMN max_score DECIMAL(5,2) NOT NULL DEFAULT 100.00 AFTER score,
    MODIFY COLUMN rank_position INT NULL,
    MODIFY COLUMN ranked_out_of INT NULL,
    DROP CONSTRAINT ck_par_index_result_score,
    DROP CONSTRAINT ck_par_index_result_rank;

ALTER TABLE par_index_result
    ADD CONSTRAINT ck_par_index_result_score CHECK (score >= 0 AND score <= max_score AND max_score <= 100),
    ADD CONSTRAINT ck_par_index_result_rank CHECK ((rank_position IS NULL AND ranked_out_of IS NULL)
        OR (rank_position BETWEEN 1 AND ranked_out_of));

CREATE TABLE par_index_area_result (
    result_id   BIGINT       NOT NULL,
    area_number INT          NOT NULL,
    area_name   VARCHAR(200) NOT NULL,
    score       DECIMAL(5,2) NOT NULL,
    max_score   DECIMAL(5,2) NULL,
    PRIMARY KEY (result_id, area_number),
    CONSTRAINT fk_par_index_area_result_result FOREIGN KEY (result_id) REFERENCES par_index_result (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_par_index_area_result_score CHECK (score >= 0 AND (max_score IS NULL OR score <= max_score))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
