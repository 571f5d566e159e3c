// A change in common.json, which the spec only $refs, regenerates, and the log names that file.
def log = new File(basedir, 'build.log').text
def pkg = new File(basedir, 'target/generated-sources/xmsgen/com/example/tiny/models')

def generated = log.indexOf('xmsgen: generated target/generated-sources/xmsgen because there is no previous state: ')
def regenerated = log.indexOf('xmsgen: regenerated target/generated-sources/xmsgen because common.json changed: ')
assert generated >= 0
assert regenerated > generated
assert new File(pkg, 'Resource.java').text.contains('getTags()')
assert new File(basedir, 'target/generated-sources/xmsgen/.xmsgen/state.json').text.contains('common.json')
return true
