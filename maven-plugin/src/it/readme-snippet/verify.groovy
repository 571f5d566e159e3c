// The README's pom.xml, as pasted into an empty project: generates the sample's client and models
// and compiles them.
def log = new File(basedir, 'build.log').text
assert log.contains('xmsgen: generated target/generated-sources/xmsgen because there is no previous state: ')
assert log.contains('BUILD SUCCESS')
def classes = new File(basedir, 'target/classes/com/example/keyvault')
assert new File(classes, 'KeyVaultSampleClient.class').isFile()
assert new File(classes, 'VaultsClient.class').isFile()
assert new File(classes, 'models/Vault.class').isFile()
return true
