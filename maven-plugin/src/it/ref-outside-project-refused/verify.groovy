// By default a $ref may read only inside the project and the specs' folders: the first build
// fails naming the file and the way out; with confineReads=false the second build generates.
def log = new File(basedir, 'build.log').text
def pkg = new File(basedir, 'target/generated-sources/xmsgen/com/example/tiny/models')
def shared = new File(basedir.parentFile, 'ref-outside-project-shared/types.json').canonicalPath

assert log.contains('BUILD FAILURE')
assert log.contains('tiny.json#/definitions/Labelled/properties/tag: $ref ') : log
assert log.contains(shared + ' is outside the folders ') : log
assert log.contains('where reads are confined; it is not read (make its folder a read root to read it)')
assert !(log =~ /\n\s+at dev\.xmsgen\./).find() : 'no stack trace'

assert new File(pkg, 'Labelled.java').text.contains('Tag')
assert new File(pkg, 'Tag.java').isFile()
return true
