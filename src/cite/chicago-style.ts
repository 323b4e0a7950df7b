/**
 * Chicago Manual of Style (17th ed.), author-date, reference-list entries,
 * for the few item types the archive cites (entries, web pages, media). The
 * CSL processor bundled with citation-js ships only APA, Vancouver and
 * Harvard, and no style package is available to us, so this is a compact CSL
 * style of our own covering just those types. Entry shape:
 *
 *   Author. Year. "Title." Genre. Site. Accessed Month D, YYYY. URL.
 *
 * as Chicago gives it for web content whose owner is also its author
 * (e.g. "Google. 2017. "Privacy Policy." Privacy & Terms. …").
 */
export const CHICAGO_TEMPLATE = 'disan-chicago-author-date';

export const CHICAGO_CSL = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info>
    <title>Chicago Manual of Style 17th edition (author-date), Di Sản subset</title>
    <id>${CHICAGO_TEMPLATE}</id>
    <updated>2026-12-07T00:00:00+07:00</updated>
  </info>
  <macro name="author">
    <names variable="author">
      <name and="text" delimiter=", " name-as-sort-order="first" sort-separator=", "/>
      <substitute><text variable="publisher"/></substitute>
    </names>
  </macro>
  <macro name="year">
    <choose>
      <if variable="issued"><date variable="issued"><date-part name="year"/></date></if>
      <else><text term="no date" form="short"/></else>
    </choose>
  </macro>
  <macro name="site">
    <choose>
      <if variable="container-title"><text variable="container-title"/></if>
      <else><text variable="publisher"/></else>
    </choose>
  </macro>
  <macro name="accessed">
    <group delimiter=" ">
      <text term="accessed" text-case="capitalize-first"/>
      <date variable="accessed" form="text"/>
    </group>
  </macro>
  <citation>
    <layout prefix="(" suffix=")" delimiter="; ">
      <group delimiter=" "><text macro="author"/><text macro="year"/></group>
    </layout>
  </citation>
  <bibliography hanging-indent="true">
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="author"/>
        <text macro="year"/>
        <text variable="title" quotes="true"/>
        <text variable="genre" text-case="capitalize-first"/>
        <text macro="site"/>
        <text macro="accessed"/>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>`;
