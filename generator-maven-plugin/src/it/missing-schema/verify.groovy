def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] schemas/absent.yaml:1:1: error: schema file not found')
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [\w.$]+\(/): 'a stack trace was printed'
return true
