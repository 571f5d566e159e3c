// The second build finds the output up to date, and the compiler finds nothing to recompile:
// unchanged sources keep their modification times.
def log = new File(basedir, 'build.log').text

def generated = log.indexOf('xmsgen: generated target/generated-sources/xmsgen because there is no previous state: ')
def upToDate = log.indexOf('xmsgen: target/generated-sources/xmsgen is up to date: ')
assert generated >= 0
assert upToDate > generated
assert log.indexOf('Nothing to compile - all classes are up to date', upToDate) > upToDate
assert log.indexOf('xmsgen: regenerated') < 0
return true
