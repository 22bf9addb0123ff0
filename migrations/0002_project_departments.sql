-- The department responsible for a key project (责任单位), so that a department reporter may update
-- the projects of its department; NULL while the project is not yet assigned.
ALTER TABLE projects ADD COLUMN department_id integer REFERENCES departments (id);
CREATE INDEX projects_department_idx ON projects (department_id);
