// An invalid schema: BUILD FAILURE with every diagnostic in FILE:LINE:COL form, the source line and a caret, both
// in the log and in the failure's message, without -e and without a stack trace; nothing generated.
def log = new File(basedir, 'build.log').text
def typo = "src/main/schema/shop.yaml:8:37: error: unknown key 'nulable' in column 'summary'; did you mean 'nullable'?"
def target = "src/main/schema/shop.yaml:11:17: error: relationship target 'Relase' is not an entity; did you mean 'Release'?"

assert log.contains('[ERROR] ' + typo)
assert log.contains('[ERROR]       summary:      { type: string, nulable: false }')
assert log.contains('[ERROR]                                     ^')
assert log.contains('[ERROR] ' + target)
assert log.contains('BUILD FAILURE')

def failure = log.substring(log.indexOf('Failed to execute goal'))
assert failure.contains('schema2jpa found 2 errors in shop.yaml:')
assert failure.contains(typo)
assert failure.contains(target)
assert failure.contains('2 errors')

assert !(log =~ /(?m)^\s+at [\w.$]+\(/): 'a stack trace was printed'
assert !log.contains('Exception:') && !log.contains('Caused by')
assert !new File(basedir, 'target/generated-sources/schema2jpa/org').exists()
assert !new File(basedir, 'target/schema2jpa/default.digest').exists()
return true
