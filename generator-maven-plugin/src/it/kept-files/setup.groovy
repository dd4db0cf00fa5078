// An output folder from an earlier run whose manifest was tampered with: it lists a hand-written class in the
// generated package and a file outside the output folder.
def out = new File(basedir, 'target/generated-sources/schema2jpa')
def service = new File(out, 'org/example/store/PackageService.java')
service.parentFile.mkdirs()
service.text = 'package org.example.store;\n\npublic class PackageService {\n}\n'
new File(basedir, 'NOTES.md').text = 'my notes\n'
new File(out, '.schema2jpa-manifest').text = '# Files written by schema2jpa.\norg/example/store/PackageService.java\n../../../NOTES.md\n'
return true
