def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Skipping schema2jpa (skip is set); target/generated-sources/schema2jpa stays a source root')
assert new File(basedir, 'target/classes/org/example/kept/Kept.class').isFile()
assert !new File(basedir, 'target/generated-sources/schema2jpa/org/example/store').exists()
assert !new File(basedir, 'target/schema2jpa').exists()
return true
