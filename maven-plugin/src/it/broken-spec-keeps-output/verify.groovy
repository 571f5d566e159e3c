// A dangling $ref fails the second build with one line per problem (file#pointer: message), no
// stack trace, and the output of the first build is left as it was.
def log = new File(basedir, 'build.log').text
def pkg = new File(basedir, 'target/generated-sources/xmsgen/com/example/tiny/models')

assert log.contains('xmsgen: generated target/generated-sources/xmsgen because there is no previous state: ')
assert log.contains('BUILD FAILURE')
assert (log =~ /tiny\.json#\/definitions\/VaultProperties\/properties\/sku\S*: \S/).find()
assert !(log =~ /\n\s+at dev\.xmsgen\./).find() : 'no stack trace'

assert new File(pkg, 'Vault.java').text.contains('EnableSoftDelete()') : 'the first output is kept'
assert new File(pkg, 'Sku.java').isFile()
assert new File(pkg, 'SkuName.java').isFile()
def state = new File(basedir, 'target/generated-sources/xmsgen/.xmsgen/state.json').text
assert state.contains('"complete": true')
return true
