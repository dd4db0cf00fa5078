def log = new File(basedir, 'build.log').text
assert log.contains('schema2jpa:generate')
['schemas', 'schemaDirectory', 'includes', 'excludes', 'outputDirectory', 'packageName', 'timestampWithTimeZone',
 'sequenceAllocationSize', 'skip', 'userSourceDirectory'].each { parameter ->
    assert log =~ /(?m)^\s+${parameter}\b/: parameter
    assert log.contains("User property: schema2jpa.${parameter}"): parameter
}
return true
