// Both modules generated and compiled in one parallel build, and Maven did not call the plugin unsafe for it.
def log = new File(basedir, 'build.log').text
assert log =~ /Using the MultiThreadedBuilder implementation with a thread count of 2/
assert log =~ /\[INFO\] Generated 2 entities from inventory\.yaml: 2 written, 0 unchanged, 0 removed/
assert log =~ /\[INFO\] Generated 1 entity from billing\.yaml: 1 written, 0 unchanged, 0 removed/
assert !log.contains('not marked as thread-safe')
['inventory/target/classes/org/example/inventory/Depot.class',
 'inventory/target/classes/org/example/inventory/Item.class',
 'billing/target/classes/org/example/billing/Invoice.class'].each {
    assert new File(basedir, it).isFile(): it
}
assert !new File(basedir, 'inventory/target/classes/org/example/billing').exists()
return true
