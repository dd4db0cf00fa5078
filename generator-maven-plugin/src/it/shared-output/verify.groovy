// Two executions, one outputDirectory: the second refuses it, naming the first and what to do; the first's files stay.
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/generated-sources/schema2jpa')

assert log.contains('BUILD FAILURE')
assert log.contains("holds the files of execution 'store' of org.example.it:shared-output, and execution 'other' of"
        + " org.example.it:shared-output would remove them: give each its own output directory")
assert new File(out, 'org/example/store/Customer.java').isFile()
assert new File(out, 'org/example/store/Coupon.java').isFile()
assert !new File(out, 'org/example/other').exists()
assert new File(out, '.schema2jpa-manifest').text.contains("# owner: execution 'store' of org.example.it:shared-output")
assert !(log =~ /(?m)^\s+at [\w.$]+\(/): 'a stack trace was printed'
return true
