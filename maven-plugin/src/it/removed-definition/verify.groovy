// Sku left the spec: its class and its enum's are deleted; the hand-written class stays. With
// flatPackage set, the models are generated into com.example.tiny itself, beside that class.
def log = new File(basedir, 'build.log').text
def pkg = new File(basedir, 'target/generated-sources/xmsgen/com/example/tiny')

assert log.contains('xmsgen: generated target/generated-sources/xmsgen because there is no previous state: ')
def regenerated = log =~ /xmsgen: regenerated target\/generated-sources\/xmsgen because tiny\.json changed: \d+ written, \d+ unchanged, 2 deleted/
assert regenerated.find()
assert !new File(pkg, 'Sku.java').exists()
assert !new File(pkg, 'SkuName.java').exists()
assert new File(pkg, 'Vault.java').isFile()
assert new File(pkg, 'Handwritten.java').text.contains('Written by hand')
assert new File(basedir, 'target/classes/com/example/tiny/Handwritten.class').isFile()
return true
