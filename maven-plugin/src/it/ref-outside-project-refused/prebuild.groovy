// Shared types beside the project, outside its base directory and its specs folder.
def shared = new File(basedir.parentFile, 'ref-outside-project-shared')
shared.mkdirs()
new File(shared, 'types.json').text = '''{
  "swagger": "2.0",
  "info": {"title": "Shared types", "version": "2024-01-01"},
  "paths": {},
  "definitions": {
    "Tag": {"description": "A tag.", "properties": {"value": {"type": "string"}}}
  }
}
'''
return true
