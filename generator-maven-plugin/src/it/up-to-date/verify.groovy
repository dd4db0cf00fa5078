// The second build found nothing changed: it said so in one line, rewrote no file, and still compiled the sources
// (so it added the output directory as a source root).
// build.log holds both builds, one after the other: look at the second
def log = new File(basedir, 'build.log').text
def second = log.substring(log.lastIndexOf('Scanning for projects'))
assert log.indexOf('Scanning for projects') < log.lastIndexOf('Scanning for projects')
assert log =~ /\[INFO\] Generated 3 entities from store\.yaml: 3 written, 0 unchanged, 0 removed/
assert second =~ /\[INFO\] Entities from store\.yaml are up to date in target.generated-sources.schema2jpa \(schemas, parameters and generator unchanged\)/
assert !(second =~ /Generated \d+ entit/)

def marker = new File(basedir, 'target/marker')
assert marker.isFile()
def generated = new File(basedir, 'target/generated-sources/schema2jpa/org/example/store')
def files = ['Customer.java', 'Product.java', 'Coupon.java'].collect { new File(generated, it) }
files.each { file ->
    assert file.isFile()
    assert file.lastModified() < marker.lastModified(): "${file.name} was rewritten by the second build"
}
assert new File(basedir, 'target/schema2jpa/default.digest').lastModified() < marker.lastModified()

['Customer', 'Product', 'Coupon'].each {
    assert new File(basedir, "target/classes/org/example/store/${it}.class").isFile()
}
return true
