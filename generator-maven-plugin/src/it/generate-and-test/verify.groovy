// The pair was generated into the default output directory, compiled, and used by the project's test.
def generated = new File(basedir, 'target/generated-sources/schema2jpa/org/example/pypi')
assert new File(generated, 'Package.java').isFile()
assert new File(generated, 'Release.java').isFile()
assert new File(basedir, 'target/classes/org/example/pypi/Package.class').isFile()
assert new File(basedir, 'target/classes/org/example/pypi/Release.class').isFile()

def report = new File(basedir, 'target/surefire-reports/TEST-org.example.pypi.GeneratedPairTest.xml')
assert report.isFile()
assert report.text =~ /tests="2"/
assert report.text =~ /failures="0"/
assert report.text =~ /errors="0"/

def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] Generated 2 entities from pypi\.yaml: \d+ written, 0 unchanged, 0 removed \(\d+ ms\)/
assert new File(basedir, 'target/schema2jpa/default.digest').isFile()
return true
