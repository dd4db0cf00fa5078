// A source already in the output directory: it compiles only if the skipped plugin still added the source root.
def kept = new File(basedir, 'target/generated-sources/schema2jpa/org/example/kept/Kept.java')
kept.parentFile.mkdirs()
kept.text = 'package org.example.kept;\n\npublic class Kept {\n}\n'
return true
