// A changed spec regenerates, the log says why, and the new property is there.
def log = new File(basedir, 'build.log').text
def pkg = new File(basedir, 'target/generated-sources/xmsgen/com/example/tiny/models')

def generated = log.indexOf('xmsgen: generated target/generated-sources/xmsgen because there is no previous state: ')
def regenerated = log.indexOf('xmsgen: regenerated target/generated-sources/xmsgen because tiny.json changed: ')
assert generated >= 0
assert regenerated > generated
// the regeneration says that the Java API changed, and that nothing breaks
def changed = log.indexOf('xmsgen: the Java API changed since the last generation: 0 breaking, 2 other changes')
assert changed > regenerated
assert log.indexOf('xmsgen: the Java API changed') == changed : 'the first generation has nothing to compare with'
assert new File(pkg, 'Vault.java').text.contains('EnablePurgeProtection()') : 'the new flattened property is there'
assert new File(basedir, 'target/classes/com/example/tiny/models/Vault.class').isFile()
return true
