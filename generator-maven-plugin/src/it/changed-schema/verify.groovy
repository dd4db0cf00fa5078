// The second build regenerated after the schema changed: it rewrote only the entity that changed, left the others
// untouched and deleted the file of the table that is gone.
// build.log holds both builds, one after the other
def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] Generated 3 entities from store\.yaml: 3 written, 0 unchanged, 0 removed/
assert log =~ /\[INFO\] Generated 2 entities from store\.yaml: 1 written, 1 unchanged, 1 removed \(\d+ ms\)/

def marker = new File(basedir, 'target/marker')
assert marker.isFile()
def generated = new File(basedir, 'target/generated-sources/schema2jpa/org/example/store')
def product = new File(generated, 'Product.java')
def customer = new File(generated, 'Customer.java')
assert product.text.contains('private Long price;')
assert product.lastModified() >= marker.lastModified(): 'Product.java was not rewritten'
assert customer.lastModified() < marker.lastModified(): 'Customer.java was rewritten although it did not change'
assert !new File(generated, 'Coupon.java').exists()
return true
