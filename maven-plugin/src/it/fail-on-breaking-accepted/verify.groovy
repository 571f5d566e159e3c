// failOnBreaking fails the build on a removed property, names the changes, and lets the build
// pass once the accept file lists them; the output then has no trace of the refusal.
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/generated-sources/xmsgen')

def refused = log.indexOf('xmsgen: 2 breaking API change(s), and failOnBreaking is set:')
assert refused >= 0 : 'the second build fails on the breaking changes'
assert log.indexOf('[property-removed] com.example.tiny.models.Vault#getEnableSoftDelete()', refused) > refused
assert log.indexOf('[property-removed] com.example.tiny.models.VaultProperties#getEnableSoftDelete()', refused) > refused
def accepted = log.indexOf('xmsgen: the Java API changed since the last generation: 2 breaking, 0 other changes (2 accepted)')
assert accepted > refused : 'the third build compares again and accepts both'
assert !new File(out, '.xmsgen/api-refused').exists()
assert new File(out, '.xmsgen/api.json').text.contains('"apiVersion":"2024-01-01"')
assert !new File(out, 'com/example/tiny/models/Vault.java').text.contains('EnableSoftDelete')
assert new File(basedir, 'target/classes/com/example/tiny/models/Vault.class').isFile()
return true
