// Nothing the generator did not write is removed: BUILD SUCCESS, a warning for each entry, both files still there.
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/generated-sources/schema2jpa')

assert log.contains('BUILD SUCCESS')
def manifest = new File(out, '.schema2jpa-manifest').path
assert log.contains('[WARNING] ' + manifest + ':2:1: warning:'
        + ' org/example/store/PackageService.java is no longer generated but is kept')
assert log.contains('[WARNING] ' + manifest + ":3:1: warning: manifest entry"
        + " '../../../NOTES.md' is not a file inside the output folder: ignored")
assert new File(out, 'org/example/store/PackageService.java').isFile()
assert new File(basedir, 'NOTES.md').text == 'my notes\n'
assert new File(basedir, 'target/classes/org/example/store/PackageService.class').isFile()
assert new File(out, 'org/example/store/Customer.java').isFile()
return true
