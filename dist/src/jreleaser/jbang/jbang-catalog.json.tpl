{
  "aliases": {
    "{{jbangAliasName}}": {
      "script-ref": "{{repoUrl}}/releases/download/{{tagName}}/{{distributionName}}-{{projectVersion}}.jar",
      "description": "netbasics {{distributionName}} {{projectVersion}}: {{projectDescription}}"
    }
  }
}
