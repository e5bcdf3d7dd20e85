<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/controller.py" line="409"/>
        <source>Settings not saved</source>
        <translation>ဆက်တင်များကို သိမ်းဆည်း၍ မရပါ</translation>
    </message>
</context>
<context>
    <name>AudiencePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="41"/>
        <source>Who will receive it?</source>
        <translation>မည်သူ လက်ခံမည်နည်း။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="44"/>
        <source>Each audience has its own rules. Nobody is named without their consent, and nobody at risk is named at all.</source>
        <translation>လက်ခံသူတိုင်းအတွက် သီးခြားစည်းမျဉ်း ရှိသည်: သဘောတူခွင့်ပြုချက်မရှိသူကို အမည်မဖော်ပြ၊ အန္တရာယ်ရှိသူကို လုံးဝ အမည်မဖော်ပြ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="66"/>
        <source>Smallest group shown as rows</source>
        <translation>အတန်းအဖြစ် ပြမည့် အသေးငယ်ဆုံး အုပ်စု</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="69"/>
        <source>Someone shown under a pseudonym must share their stakeholder group and region with at least this many people in the list; otherwise they are only counted. It can be raised, never lowered below {k}.</source>
        <translation>အမည်ဝှက်ဖြင့် ပြမည့်သူသည် စာရင်းထဲရှိ အနည်းဆုံး ဤလူဦးရေနှင့် သက်ဆိုင်သူအုပ်စုနှင့် ဒေသ တူရမည်၊ မဟုတ်လျှင် ၎င်းကို အရေအတွက်တွင်သာ ထည့်တွက်မည်။ ဤအရေအတွက်ကို မြှင့်နိုင်သော်လည်း {k} အောက်သို့ ဘယ်တော့မှ မလျှော့နိုင်ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="76"/>
        <source>Smallest group shown as rows (k):</source>
        <translation>အတန်းအဖြစ် ပြမည့် အသေးငယ်ဆုံး အုပ်စု (k):</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="81"/>
        <source>End the list with the network&apos;s standard line</source>
        <translation>စာရင်းကို ကွန်ရက်၏ စံစာကြောင်းဖြင့် အဆုံးသတ်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="85"/>
        <source>Standard line</source>
        <translation>စံစာကြောင်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="132"/>
        <source>Choose who the list is for to go on.</source>
        <translation>ဆက်လုပ်ရန် စာရင်းသည် မည်သူ့အတွက်ဖြစ်ကြောင်း ရွေးပါ။</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="348"/>
        <source>Unlocks, failed unlocks, imports, exports, deletions and key changes, newest first. Each entry is chained to the one before it, so an entry changed or removed behind BizHR&apos;s back shows when the chain is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="356"/>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="357"/>
        <source>Check that no entry was changed, removed or moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="359"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="363"/>
        <source>Chain check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="367"/>
        <source>Show events of kind</source>
        <translation>ဤအမျိုးအစား ဖြစ်ရပ်များကို ပြရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="372"/>
        <source>Search the details or a date, e.g. a meeting&apos;s title or 2026-03</source>
        <translation>အသေးစိတ် သို့မဟုတ် ရက်စွဲကို ရှာပါ၊ ဥပမာ အစည်းအဝေးခေါင်းစဉ် သို့မဟုတ် 2026-03</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="374"/>
        <source>Search the audit log</source>
        <translation>စာရင်းစစ်မှတ်တမ်းကို ရှာရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="389"/>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="411"/>
        <source>Audit</source>
        <translation>စစ်ဆေးရေးမှတ်တမ်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="489"/>
        <source>All events</source>
        <translation>ဖြစ်ရပ်အားလုံး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="510"/>
        <source>Intact: no entry was changed, removed or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="514"/>
        <source>Broken at entry {entry}: it or the one before it was changed, removed or moved outside BizHR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="91"/>
        <source>Vault created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="92"/>
        <source>Vault checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="93"/>
        <source>Backup written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="94"/>
        <source>Unlocked</source>
        <translation type="unfinished">သော့ဖွင့်ထားသည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="95"/>
        <source>Failed unlock attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="96"/>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="97"/>
        <source>Data key replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="98"/>
        <source>Everything revoked (new keys, new recovery key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="99"/>
        <source>List export started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="100"/>
        <source>List export failed (no file left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="101"/>
        <source>Keyring linked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="102"/>
        <source>Duress passphrase set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="103"/>
        <source>Duress passphrase removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="104"/>
        <source>Settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="105"/>
        <source>Person erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="106"/>
        <source>People merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="107"/>
        <source>Organisation changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="108"/>
        <source>Meeting created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="109"/>
        <source>Meeting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="110"/>
        <source>Meeting status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="111"/>
        <source>Invitations sent</source>
        <translation type="unfinished">ဖိတ်စာများ ပို့ပြီး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="112"/>
        <source>Invitation withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="113"/>
        <source>Reply recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="114"/>
        <source>Role in a meeting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="115"/>
        <source>Attendance recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="116"/>
        <source>Meeting risk assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="117"/>
        <source>Safety warning overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="118"/>
        <source>Meeting signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="119"/>
        <source>Safety flag checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="120"/>
        <source>Safety flag check withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="121"/>
        <source>Invitation drafts written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="122"/>
        <source>Meeting outcome noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="123"/>
        <source>Programme changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="124"/>
        <source>Programme exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="125"/>
        <source>Follow-up created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="126"/>
        <source>Follow-up changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="127"/>
        <source>Follow-up removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="128"/>
        <source>List written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="129"/>
        <source>People imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="130"/>
        <source>Organisations imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="131"/>
        <source>Bundle merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="132"/>
        <source>Records sent away for travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="133"/>
        <source>Records brought back from travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="134"/>
        <source>Opened without changes that were lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="135"/>
        <source>Demo records added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="163"/>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="164"/>
        <source>meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="165"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="166"/>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="167"/>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="168"/>
        <source>organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="169"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="170"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="171"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="172"/>
        <source>flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="173"/>
        <source>flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="174"/>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="175"/>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="176"/>
        <source>override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="177"/>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="178"/>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="179"/>
        <source>fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="180"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="181"/>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="182"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="183"/>
        <source>already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="184"/>
        <source>invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="185"/>
        <source>problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="186"/>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="187"/>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="188"/>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="189"/>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="190"/>
        <source>drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="191"/>
        <source>contact log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="192"/>
        <source>mentions to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="193"/>
        <source>erased person&apos;s hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="194"/>
        <source>who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="195"/>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="196"/>
        <source>scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="197"/>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="198"/>
        <source>only counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="199"/>
        <source>file fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="200"/>
        <source>file type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="201"/>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="202"/>
        <source>attendance record for the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="203"/>
        <source>cleared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="211"/>
        <source>yes</source>
        <translation type="unfinished">ဟုတ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="211"/>
        <source>no</source>
        <translation type="unfinished">မဟုတ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="235"/>
        <source>everyone active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="236"/>
        <source>one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="237"/>
        <source>the people of a filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="241"/>
        <source>the public</source>
        <translation type="unfinished">အများပြည်သူ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="242"/>
        <source>a venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="243"/>
        <source>co-organisers</source>
        <translation type="unfinished">ပူးတွဲစီစဉ်သူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="244"/>
        <source>another coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="248"/>
        <source>the safety review&apos;s sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="249"/>
        <source>no review needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="250"/>
        <source>an override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="299"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="299"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="299"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="299"/>
        <source>Details</source>
        <translation type="unfinished">အသေးစိတ်</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="117"/>
        <source>Back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="124"/>
        <source>An encrypted copy, for a safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="128"/>
        <source>The backup is one encrypted file. It opens with the passphrase and the recovery key this vault has today, so keep it as safe as the vault: on a USB stick that does not travel with the laptop, for example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="137"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="141"/>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="150"/>
        <source>Close</source>
        <translation type="unfinished">ပိတ်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="152"/>
        <source>&amp;Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="164"/>
        <source>This is the disk the vault is on: a broken disk, or whoever takes the laptop, takes the backup too. Plug in a USB drive and choose it.</source>
        <translation>ဤသည်မှာ သေတ္တာရှိသော ဒစ်ခ်ဖြစ်သည်- ဒစ်ခ်ပျက်လျှင် သို့မဟုတ် လက်ပ်တော့ကို ယူသွားသူသည် အရန်ကူးယူမှုကိုပါ ယူသွားမည်။ USB ကို တပ်ပြီး ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="174"/>
        <source>Save the backup as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="175"/>
        <source>BizHR backups (*.bizhr-backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="205"/>
        <source>Backup written to %1. Restore it with: bizhr restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="253"/>
        <source>Import a bundle</source>
        <translation>ဒေတာအထုပ် တင်သွင်းရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="262"/>
        <source>Back</source>
        <translation>နောက်သို့</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="265"/>
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="286"/>
        <source>Open a bundle from another coordinator</source>
        <translation>အခြားညှိနှိုင်းရေးမှူးထံမှ ဒေတာအထုပ်ကို ဖွင့်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="291"/>
        <source>A bundle (.age) holds full records, encrypted with a passphrase the other coordinator gave you. Nothing changes in your vault until you apply the merge.</source>
        <translation>ဒေတာအထုပ် (.age) တွင် မှတ်တမ်းအပြည့်အစုံ ပါဝင်ပြီး အခြားညှိနှိုင်းရေးမှူးက သင့်အား ပေးထားသော စကားဝှက်ဖြင့် ကုဒ်ဝှက်ထားသည်။ ပေါင်းစည်းမှုကို အသုံးမချမချင်း သင့်လုံခြုံသေတ္တာထဲတွင် မည်သည့်အရာမျှ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="296"/>
        <source>Choose file…</source>
        <translation>ဖိုင် ရွေးရန်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="300"/>
        <source>Bundle passphrase</source>
        <translation>ဒေတာအထုပ်၏ စကားဝှက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="318"/>
        <source>Passphrase:</source>
        <translation>စကားဝှက်:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="334"/>
        <source>Working</source>
        <translation>လုပ်ဆောင်နေသည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="344"/>
        <source>What the merge will do</source>
        <translation>ပေါင်းစည်းမှုက လုပ်ဆောင်မည့်အရာ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="355"/>
        <source>For every record that differs</source>
        <translation>ကွာခြားသော မှတ်တမ်းတိုင်းအတွက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="356"/>
        <source>Keep mine</source>
        <translation>ကျွန်ုပ်၏ဟာကို ထားရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="357"/>
        <source>Take theirs</source>
        <translation>သူတို့၏ဟာကို ယူရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="358"/>
        <source>Newer edit wins</source>
        <translation>နောက်ဆုံး ပြင်ဆင်ချက်ကို ယူရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="359"/>
        <source>Apply to all</source>
        <translation>အားလုံးကို အသုံးချရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="367"/>
        <source>For every record that differs:</source>
        <translation>ကွာခြားသော မှတ်တမ်းတိုင်းအတွက်:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="385"/>
        <source>Bundle imported</source>
        <translation>ဒေတာအထုပ်ကို တင်သွင်းပြီးပါပြီ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="393"/>
        <source>Recorded in the audit log, by counts only.</source>
        <translation>စစ်ဆေးရေးမှတ်တမ်းတွင် အရေအတွက်ဖြင့်သာ မှတ်တမ်းတင်ထားသည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="407"/>
        <source>Open</source>
        <translation>ဖွင့်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="408"/>
        <source>Apply</source>
        <translation>အသုံးချရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="409"/>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="459"/>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="493"/>
        <source>Not a bundle</source>
        <translation>ဒေတာအထုပ် မဟုတ်ပါ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="461"/>
        <source>{name} is not a BizHR bundle (an encrypted .age file made by “Export” for another coordinator).</source>
        <translation>{name} သည် BizHR ဒေတာအထုပ် (အခြားညှိနှိုင်းရေးမှူးအတွက် “ထုတ်ယူရန်” ဖြင့် ပြုလုပ်ထားသော ကုဒ်ဝှက် .age ဖိုင်) မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="483"/>
        <source>Wrong passphrase</source>
        <translation>စကားဝှက် မှားနေသည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="485"/>
        <source>The file is incomplete</source>
        <translation>ဖိုင် မပြည့်စုံပါ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="487"/>
        <source>The file was altered</source>
        <translation>ဖိုင်ကို ပြုပြင်ပြောင်းလဲထားသည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="489"/>
        <source>Made by a newer BizHR Desktop</source>
        <translation>BizHR Desktop ဗားရှင်းအသစ်ဖြင့် ပြုလုပ်ထားသည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="491"/>
        <source>The bundle&apos;s records are not valid</source>
        <translation>ဒေတာအထုပ်ထဲရှိ မှတ်တမ်းများ မမှန်ကန်ပါ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="494"/>
        <source>The bundle could not be opened</source>
        <translation>ဒေတာအထုပ်ကို ဖွင့်၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="504"/>
        <source>Opening the bundle… This takes a few seconds on purpose: it makes guessing the passphrase slow.</source>
        <translation>ဒေတာအထုပ်ကို ဖွင့်နေသည်… စကားဝှက်ကို ခန့်မှန်းရခက်စေရန် ရည်ရွယ်ချက်ရှိရှိ စက္ကန့်အနည်းငယ် ကြာပါသည်။</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="538"/>
        <source>%n new person(s)</source>
        <translation>
            <numerusform>လူသစ် %n ဦး</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="539"/>
        <source>%n identical</source>
        <translation>
            <numerusform>တူညီသော မှတ်တမ်း %n ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="540"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>ကွဲလွဲမှု %n ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="548"/>
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>အဖွဲ့အစည်းသစ် %n ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="555"/>
        <source>%n contact log entry(ies)</source>
        <translation>
            <numerusform>ဆက်သွယ်မှုမှတ်တမ်း %n ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="563"/>
        <source>invisible characters that can make a name look like another are taken out of %n value(s)</source>
        <translation>
            <numerusform>အမည်တစ်ခုကို အခြားအမည်နှင့် တူစေနိုင်သော မမြင်ရသည့် စာလုံးများကို တန်ဖိုး %n ခုမှ ဖယ်ရှားမည်</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="572"/>
        <source>Nothing to import: your vault already holds all of it.</source>
        <translation>တင်သွင်းစရာ မရှိပါ: သင့်လုံခြုံသေတ္တာထဲတွင် အားလုံး ရှိပြီးသား ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="578"/>
        <source>These records differ between your vault and the bundle. Your version is kept unless you choose otherwise.</source>
        <translation>ဤမှတ်တမ်းများသည် သင့်လုံခြုံသေတ္တာနှင့် ဒေတာအထုပ်ကြားတွင် ကွာခြားနေသည်။ သင် အခြားတစ်မျိုး မရွေးလျှင် သင့်ဗားရှင်းကို ထားရှိမည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="603"/>
        <source>Applying the merge…</source>
        <translation>ပေါင်းစည်းနေသည်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="621"/>
        <source>Nothing was changed in your vault.</source>
        <translation>သင့်လုံခြုံသေတ္တာထဲတွင် မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="629"/>
        <source>%n person(s) added.</source>
        <translation>
            <numerusform>လူ %n ဦး ထည့်ပြီးပါပြီ။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="631"/>
        <source>%n record(s) updated from the bundle.</source>
        <translation>
            <numerusform>ဒေတာအထုပ်မှ မှတ်တမ်း %n ခုကို အသစ်ပြင်ဆင်ပြီးပါပြီ။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="634"/>
        <source>%n record(s) kept as in your vault.</source>
        <translation>
            <numerusform>မှတ်တမ်း %n ခုကို သင့်လုံခြုံသေတ္တာထဲရှိအတိုင်း ထားရှိခဲ့သည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="636"/>
        <source>%n record(s) already identical.</source>
        <translation>
            <numerusform>မှတ်တမ်း %n ခုသည် တူညီပြီးသား ဖြစ်သည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="642"/>
        <source>%n organisation(s) added.</source>
        <translation>
            <numerusform>အဖွဲ့အစည်း %n ခု ထည့်ပြီးပါပြီ။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="649"/>
        <source>%n contact log entry(ies) added.</source>
        <translation>
            <numerusform>ဆက်သွယ်မှုမှတ်တမ်း %n ခု ထည့်ပြီးပါပြီ။</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="268"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="270"/>
        <source>Choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="274"/>
        <source>Nothing is re-encrypted: the vault&apos;s key is wrapped again under the new passphrase, and the old one stops opening this key file at once. A copy of the key file made before now (a backup, a copied or synced folder) still opens with the old passphrase and reaches today&apos;s records. If someone may know the old passphrase, use Safety ▸ Revoke everything instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="286"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="287"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="289"/>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="292"/>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="293"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="295"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished">ထပ်ရိုက်ပါ(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="299"/>
        <source>Cancel</source>
        <translation type="unfinished">ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="301"/>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInMatchesModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="399"/>
        <source>{name}   —   ✓ already checked in</source>
        <translation>{name}   —   ✓ ရောက်ရှိကြောင်း မှတ်ပြီး</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="57"/>
        <source>Back to the programme (Esc)</source>
        <translation>အစီအစဉ်သို့ ပြန်သွားရန် (Esc)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="63"/>
        <source>Attended and accepted</source>
        <translation>တက်ရောက်သူနှင့် လက်ခံသူ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="67"/>
        <source>Name of the person arriving</source>
        <translation>ရောက်လာသူ၏ အမည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="68"/>
        <source>Type the name of the person arriving…</source>
        <translation>ရောက်လာသူ၏ အမည်ကို ရိုက်ပါ…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="76"/>
        <source>Invitees found</source>
        <translation>တွေ့ရှိသော ဖိတ်ခံရသူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="86"/>
        <source>Check-in result</source>
        <translation>ရောက်ရှိမှတ်တမ်း ရလဒ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="89"/>
        <source>Enter checks in the highlighted person; ↑ and ↓ move the highlight. People at high risk are listed under their pseudonym: their real name still finds them.</source>
        <translation>Enter ကို နှိပ်လျှင် အရောင်ပြထားသူကို ရောက်ရှိကြောင်း မှတ်မည်၊ ↑ နှင့် ↓ ဖြင့် အရောင်ပြမှုကို ရွှေ့နိုင်သည်။ အန္တရာယ်မြင့်သူများကို ၎င်းတို့၏ အမည်ဝှက်ဖြင့် ပြထားသည်: ၎င်းတို့၏ အမည်ရင်းဖြင့်လည်း ရှာတွေ့နိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="133"/>
        <source>Check-in: {title}</source>
        <translation>ရောက်ရှိမှတ်တမ်း: {title}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="161"/>
        <source>Nobody invited matches “{text}”.</source>
        <translation>“{text}” နှင့် ကိုက်ညီသော ဖိတ်ခံရသူ မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="188"/>
        <source>{name} is already checked in.</source>
        <translation>{name} ရောက်ရှိကြောင်း မှတ်ပြီးသား ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="199"/>
        <source>✓ Checked in: {name}</source>
        <translation>✓ ရောက်ရှိကြောင်း မှတ်ပြီး: {name}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="218"/>
        <source>{attended} attended / {accepted} accepted</source>
        <translation>တက်ရောက် {attended} / လက်ခံ {accepted}</translation>
    </message>
</context>
<context>
    <name>ChoiceMenuButton</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="60"/>
        <source>Nothing to choose yet</source>
        <translation>ရွေးချယ်စရာ မရှိသေးပါ</translation>
    </message>
</context>
<context>
    <name>ConflictTree</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="106"/>
        <source>Person / field</source>
        <translation>လူ / အကွက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="106"/>
        <source>In your vault</source>
        <translation>သင့်လုံခြုံသေတ္တာထဲတွင်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="106"/>
        <source>In the bundle</source>
        <translation>ဒေတာအထုပ်ထဲတွင်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="108"/>
        <source>Records that differ</source>
        <translation>ကွာခြားသော မှတ်တမ်းများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="153"/>
        <source>What to keep for {who}</source>
        <translation>{who} အတွက် ထားရှိမည့်အရာ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="154"/>
        <source>Keep mine</source>
        <translation>ကျွန်ုပ်၏ဟာကို ထားရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="155"/>
        <source>Take theirs</source>
        <translation>သူတို့၏ဟာကို ယူရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="156"/>
        <source>Newer edit wins</source>
        <translation>နောက်ဆုံး ပြင်ဆင်ချက်ကို ယူရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="164"/>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="207"/>
        <source>Reveal</source>
        <translation>ဖော်ပြရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="167"/>
        <source>Show this person&apos;s values for {seconds} seconds</source>
        <translation>ဤလူ၏ တန်ဖိုးများကို {seconds} စက္ကန့် ပြရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="184"/>
        <source>edited {day}</source>
        <translation>{day} တွင် ပြင်ဆင်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="186"/>
        <source>newer</source>
        <translation>ပိုသစ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="207"/>
        <source>Hide</source>
        <translation>ဖျောက်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="216"/>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="217"/>
        <source>(empty)</source>
        <translation>(ဗလာ)</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="30"/>
        <source>Consent</source>
        <translation>သဘောတူခွင့်ပြုချက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="33"/>
        <source>May be named to other network participants</source>
        <translation>ကွန်ရက်ရှိ အခြားပါဝင်သူများထံ အမည်ဖော်ပြနိုင်သည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="34"/>
        <source>May be named to co-organisers</source>
        <translation>ပူးတွဲစီစဉ်သူများထံ အမည်ဖော်ပြနိုင်သည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="35"/>
        <source>May be named publicly</source>
        <translation>အများပြည်သူထံ အမည်ဖော်ပြနိုင်သည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="36"/>
        <source>Consent given on</source>
        <translation>သဘောတူခွင့်ပြုသည့်ရက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="39"/>
        <source>How consent was given</source>
        <translation>သဘောတူခွင့်ပြုပုံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="43"/>
        <source>Signed form</source>
        <translation>လက်မှတ်ထိုးထားသော ပုံစံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="44"/>
        <source>Email</source>
        <translation>အီးမေးလ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="45"/>
        <source>Verbal, recorded by staff</source>
        <translation>နှုတ်ဖြင့်၊ ဝန်ထမ်းက မှတ်တမ်းတင်ထားသည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="46"/>
        <source>Secure message</source>
        <translation>လုံခြုံသော မက်ဆေ့ချ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="52"/>
        <source>Given on</source>
        <translation>ပေးသည့်ရက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="53"/>
        <source>How</source>
        <translation>နည်းလမ်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="129"/>
        <source>No consent is recorded: this person may not be named to anyone.</source>
        <translation>သဘောတူခွင့်ပြုချက် မှတ်တမ်း မရှိပါ: ဤလူ၏ အမည်ကို မည်သူ့ထံမျှ ဖော်ပြ၍ မရပါ။</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="136"/>
        <source>Consent was recorded more than %n month(s) ago ({date}). Ask again before sharing this person&apos;s name.</source>
        <translation>
            <numerusform>သဘောတူခွင့်ပြုချက်ကို လ %n လထက် ကျော်၍ ({date}) က မှတ်တမ်းတင်ခဲ့သည်။ ဤလူ၏ အမည်ကို မမျှဝေမီ ထပ်မံ မေးမြန်းပါ။</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactLogView</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="38"/>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="47"/>
        <source>Contact log</source>
        <translation>ဆက်သွယ်မှုမှတ်တမ်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="46"/>
        <source>Date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="46"/>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="60"/>
        <source>Channel</source>
        <translation>ဆက်သွယ်ရေးလမ်းကြောင်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="46"/>
        <source>Summary</source>
        <translation>အကျဉ်းချုပ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="57"/>
        <source>Date of the contact</source>
        <translation>ဆက်သွယ်သည့်ရက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="63"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="64"/>
        <source>Email</source>
        <translation>အီးမေးလ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="65"/>
        <source>Phone</source>
        <translation>ဖုန်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="66"/>
        <source>In person</source>
        <translation>လူကိုယ်တိုင်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="67"/>
        <source>Via intermediary</source>
        <translation>ကြားခံမှတစ်ဆင့်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="71"/>
        <source>What was said or agreed</source>
        <translation>ပြောဆိုခဲ့သည့် သို့မဟုတ် သဘောတူခဲ့သည့်အရာ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="72"/>
        <source>Summary of the contact</source>
        <translation>ဆက်သွယ်မှု အကျဉ်းချုပ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="74"/>
        <source>Add entry</source>
        <translation>မှတ်တမ်း ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="113"/>
        <source>No contact recorded yet.</source>
        <translation>ဆက်သွယ်မှု မှတ်တမ်း မရှိသေးပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="122"/>
        <source>Save the person first to log a contact.</source>
        <translation>ဆက်သွယ်မှုကို မှတ်တမ်းတင်ရန် ဤလူကို ဦးစွာ သိမ်းဆည်းပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="124"/>
        <source>Reveal this person to read or add entries.</source>
        <translation>မှတ်တမ်းများကို ဖတ်ရန် သို့မဟုတ် ထည့်ရန် ဤလူကို ဖော်ပြပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="133"/>
        <source>Write a short summary of the contact.</source>
        <translation>ဆက်သွယ်မှု၏ အကျဉ်းချုပ်ကို တိုတိုရေးပါ။</translation>
    </message>
</context>
<context>
    <name>CountriesEdit</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/fields.py" line="108"/>
        <source>Codes or names, separated by commas: SD, Myanmar</source>
        <translation>ကုဒ် သို့မဟုတ် အမည်များကို ကော်မာဖြင့် ခွဲပါ: SD, Myanmar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/fields.py" line="110"/>
        <source>Countries understood</source>
        <translation>သိရှိနားလည်သော နိုင်ငံများ</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="103"/>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="124"/>
        <source>Create a vault</source>
        <translation>လုံခြုံသေတ္တာ ဖန်တီးရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="128"/>
        <source>A vault is one encrypted file that holds your network&apos;s records. Without your passphrase, nobody can read anything in it.</source>
        <translation>လုံခြုံသေတ္တာဆိုသည်မှာ သင့်ကွန်ရက်၏ မှတ်တမ်းများကို သိမ်းထားသော ကုဒ်ဝှက်ဖိုင် တစ်ခု ဖြစ်သည်။ သင့်စကားဝှက်မရှိဘဲ မည်သူမျှ ၎င်းထဲရှိ မည်သည့်အရာကိုမျှ ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="142"/>
        <source>Vault location</source>
        <translation>လုံခြုံသေတ္တာ တည်နေရာ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="146"/>
        <source>&amp;Choose…</source>
        <translation>ရွေးရန်(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="148"/>
        <source>Choose where to save the vault</source>
        <translation>လုံခြုံသေတ္တာကို သိမ်းမည့်နေရာ ရွေးရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="150"/>
        <source>&amp;Location:</source>
        <translation>တည်နေရာ(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="165"/>
        <source>Passphrase</source>
        <translation>စကားဝှက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="167"/>
        <source>&amp;Passphrase:</source>
        <translation>စကားဝှက်(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="177"/>
        <source>Passphrase again</source>
        <translation>စကားဝှက် ထပ်မံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="182"/>
        <source>&amp;Repeat it:</source>
        <translation>ထပ်ရိုက်ပါ(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="197"/>
        <source>&amp;Try it first: a separate demo vault filled with fictional people</source>
        <translation>ဦးစွာ စမ်းကြည့်ရန်(&amp;T): စိတ်ကူးယဉ်လူများ ပါဝင်သော သီးခြား နမူနာလုံခြုံသေတ္တာ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="201"/>
        <source>Creates a demo vault beside your real one, with made-up participants, defenders and meetings to explore safely. Nothing real goes into it.</source>
        <translation>စိတ်ကူးယဉ် ပါဝင်သူများ၊ လူ့အခွင့်အရေး ကာကွယ်သူများနှင့် အစည်းအဝေးများ ပါဝင်သော နမူနာလုံခြုံသေတ္တာကို သင့်လုံခြုံသေတ္တာ အစစ်၏ဘေးတွင် ဖန်တီးပေးသည်၊ ၎င်းဖြင့် ဘေးကင်းစွာ လေ့လာနိုင်သည်။ အစစ်အမှန် အချက်အလက် မည်သည့်အရာမျှ မပါဝင်ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="214"/>
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="217"/>
        <source>C&amp;reate vault</source>
        <translation>လုံခြုံသေတ္တာ ဖန်တီးရန်(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="236"/>
        <source>How the vault opens</source>
        <translation>လုံခြုံသေတ္တာ ဖွင့်ပုံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="242"/>
        <source>Passphrase and this computer&apos;s &amp;keyring (recommended)</source>
        <translation>စကားဝှက်နှင့် ဤကွန်ပျူတာ၏ သော့တွဲ(&amp;K) (အကြံပြုသည်)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="244"/>
        <source>Passphrase &amp;only</source>
        <translation>စကားဝှက်သာ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="251"/>
        <source>Two secrets are needed: your passphrase and a key kept in this computer&apos;s keyring ({backend}). A copy of the vault file is useless elsewhere, even to someone who learns your passphrase. On another computer you open it with the recovery key.</source>
        <translation>လျှို့ဝှက်ချက် နှစ်ခု လိုအပ်သည်: သင့်စကားဝှက်နှင့် ဤကွန်ပျူတာ၏ သော့တွဲ ({backend}) တွင် သိမ်းထားသော သော့တစ်ခု။ လုံခြုံသေတ္တာဖိုင်၏ မိတ္တူကို အခြားနေရာတွင် အသုံးပြု၍ မရပါ၊ သင့်စကားဝှက်ကို သိသူအတွက်ပင် ဖြစ်သည်။ အခြားကွန်ပျူတာတွင် ပြန်လည်ရယူရေးသော့ဖြင့် ဖွင့်ရမည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="257"/>
        <source>Not available on this computer.</source>
        <translation>ဤကွန်ပျူတာတွင် မရနိုင်ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="266"/>
        <source>Anyone who has a copy of the vault file and learns your passphrase can open it.</source>
        <translation>လုံခြုံသေတ္တာဖိုင်၏ မိတ္တူ ရှိပြီး သင့်စကားဝှက်ကို သိသူ မည်သူမဆို ၎င်းကို ဖွင့်နိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="285"/>
        <source>This vault will be protected by your passphrase alone, because this computer has no secure keyring that BizHR can use. That is still strong encryption: choose a long passphrase and keep it to yourself.</source>
        <translation>ဤကွန်ပျူတာတွင် BizHR အသုံးပြုနိုင်သော လုံခြုံသည့် သော့တွဲ မရှိသောကြောင့် ဤလုံခြုံသေတ္တာကို သင့်စကားဝှက် တစ်ခုတည်းဖြင့်သာ ကာကွယ်ထားမည်။ ၎င်းသည် ခိုင်မာသော ကုဒ်ဝှက်ခြင်း ဖြစ်ဆဲ ဖြစ်သည်: ရှည်လျားသော စကားဝှက်ကို ရွေးပြီး သင်ကိုယ်တိုင်သာ သိထားပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="291"/>
        <source>Details: {reason}</source>
        <translation>အသေးစိတ်: {reason}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="310"/>
        <source>Creating your vault…</source>
        <translation>သင့်လုံခြုံသေတ္တာကို ဖန်တီးနေသည်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="315"/>
        <source>Creating the vault</source>
        <translation>လုံခြုံသေတ္တာကို ဖန်တီးနေသည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="320"/>
        <source>Your passphrase is being turned into a key. This is slow on purpose: it makes guessing the passphrase slow too.</source>
        <translation>သင့်စကားဝှက်ကို သော့အဖြစ် ပြောင်းလဲနေသည်။ ၎င်းသည် ရည်ရွယ်ချက်ရှိရှိ နှေးသည်: စကားဝှက်ကို ခန့်မှန်းခြင်းကိုလည်း နှေးစေသည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="334"/>
        <source>Your recovery key</source>
        <translation>သင့်ပြန်လည်ရယူရေးသော့</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="338"/>
        <source>If you forget your passphrase, or this computer&apos;s keyring is lost, this key is the only way into the vault. It is shown only this once. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>သင့်စကားဝှက်ကို မေ့သွားလျှင် သို့မဟုတ် ဤကွန်ပျူတာ၏ သော့တွဲ ပျောက်သွားလျှင် ဤသော့သည် လုံခြုံသေတ္တာထဲသို့ ဝင်ရန် တစ်ခုတည်းသော နည်းလမ်း ဖြစ်သည်။ ၎င်းကို ဤတစ်ကြိမ်သာ ပြမည်။ ချရေးပါ သို့မဟုတ် ပုံနှိပ်ပါ၊ ပြီးလျှင် ဤကွန်ပျူတာနှင့် ဝေးသော လုံခြုံသည့်နေရာတွင် သိမ်းထားပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="356"/>
        <source>Recovery key</source>
        <translation>ပြန်လည်ရယူရေးသော့</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="360"/>
        <source>&amp;Copy</source>
        <translation>ကူးယူရန်(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="362"/>
        <source>Copy the recovery key</source>
        <translation>ပြန်လည်ရယူရေးသော့ကို ကူးယူရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="364"/>
        <source>&amp;Print…</source>
        <translation>ပုံနှိပ်ရန်(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="366"/>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="543"/>
        <source>Print the recovery key</source>
        <translation>ပြန်လည်ရယူရေးသော့ကို ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="377"/>
        <source>I have stored the recovery key somewhere &amp;safe</source>
        <translation>ပြန်လည်ရယူရေးသော့ကို လုံခြုံသောနေရာတွင် သိမ်းပြီးပါပြီ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="384"/>
        <source>Co&amp;ntinue</source>
        <translation>ဆက်လုပ်ရန်(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="409"/>
        <source>The two passphrases match.</source>
        <translation>စကားဝှက် နှစ်ခု ကိုက်ညီသည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="411"/>
        <source>The two passphrases do not match yet.</source>
        <translation>စကားဝှက် နှစ်ခု မကိုက်ညီသေးပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="418"/>
        <source>A vault already exists there. Choose another name or folder.</source>
        <translation>ထိုနေရာတွင် လုံခြုံသေတ္တာ ရှိပြီးသား ဖြစ်သည်။ အခြားအမည် သို့မဟုတ် ဖိုဒါကို ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="442"/>
        <source>Where to save the vault</source>
        <translation>လုံခြုံသေတ္တာကို သိမ်းမည့်နေရာ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="508"/>
        <source>Could not create the vault there: {reason}.</source>
        <translation>ထိုနေရာတွင် လုံခြုံသေတ္တာကို ဖန်တီး၍ မရပါ: {reason}။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="532"/>
        <source>Copied. The clipboard will be emptied in 15 seconds.</source>
        <translation>ကူးယူပြီးပါပြီ။ ကလစ်ဘုတ်ကို ၁၅ စက္ကန့်အတွင်း ရှင်းလင်းမည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="552"/>
        <source>BizHR Desktop recovery key</source>
        <translation>BizHR Desktop ပြန်လည်ရယူရေးသော့</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="553"/>
        <source>Vault file: {name}</source>
        <translation>လုံခြုံသေတ္တာဖိုင်: {name}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="558"/>
        <source>Keep this page somewhere safe, away from the computer. Anyone holding it and a copy of the vault can open the vault.</source>
        <translation>ဤစာမျက်နှာကို ကွန်ပျူတာနှင့် ဝေးသော လုံခြုံသည့်နေရာတွင် သိမ်းထားပါ။ ဤစာမျက်နှာနှင့် လုံခြုံသေတ္တာ မိတ္တူကို ကိုင်ထားသူ မည်သူမဆို လုံခြုံသေတ္တာကို ဖွင့်နိုင်သည်။</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="52"/>
        <source>Where should the file go?</source>
        <translation>ဖိုင်ကို မည်သည့်နေရာတွင် သိမ်းမည်နည်း။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="56"/>
        <source>File</source>
        <translation>ဖိုင်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="59"/>
        <source>Choose…</source>
        <translation>ရွေးရန်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="62"/>
        <source>A file with this name exists: replace it</source>
        <translation>ဤအမည်ဖြင့် ဖိုင် ရှိပြီးသား: ၎င်းကို အစားထိုးရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="83"/>
        <source>Next</source>
        <translation>ရှေ့ဆက်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="83"/>
        <source>Write the file</source>
        <translation>ဖိုင်ကို ရေးရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="90"/>
        <source>The file is encrypted. Send it and its passphrase by different routes (for example the file by email, the passphrase by phone or in person).</source>
        <translation>ဖိုင်ကို ကုဒ်ဝှက်ထားသည်။ ဖိုင်နှင့် ၎င်း၏ စကားဝှက်ကို မတူညီသော လမ်းကြောင်းများဖြင့် ပို့ပါ (ဥပမာ ဖိုင်ကို အီးမေးလ်ဖြင့်၊ စကားဝှက်ကို ဖုန်းဖြင့် သို့မဟုတ် လူကိုယ်တိုင်)။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="95"/>
        <source>This file is not encrypted. Keep it only as long as needed, and prefer a folder that is not synchronised to a cloud service.</source>
        <translation>ဤဖိုင်ကို ကုဒ်ဝှက်မထားပါ။ လိုအပ်သလောက်သာ သိမ်းထားပြီး အွန်လိုင်း သိုလှောင်မှုဝန်ဆောင်မှု (cloud) နှင့် ချိတ်ဆက်မထားသော ဖိုဒါကို ဦးစားပေး ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="120"/>
        <source>Save the list as</source>
        <translation>စာရင်းကို သိမ်းမည့် ဖိုင်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="122"/>
        <source>{format} files (*{ext})</source>
        <translation>{format} ဖိုင်များ (*{ext})</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="137"/>
        <source>Give the file a name.</source>
        <translation>ဖိုင်ကို အမည်ပေးပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="140"/>
        <source>This is a folder: add a file name.</source>
        <translation>ဤအရာသည် ဖိုဒါ ဖြစ်သည်: ဖိုင်အမည် ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="142"/>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} ဖိုဒါ မရှိပါ။</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="189"/>
        <source>All files (*)</source>
        <translation>ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="239"/>
        <source>Replace the file?</source>
        <translation>ဖိုင်ကို အစားထိုးမလား။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="240"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} ရှိပြီးသား ဖြစ်သည်။ အစားထိုးမလား။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="254"/>
        <source>BizHR vaults (*.bizhr)</source>
        <translation>BizHR လုံခြုံသေတ္တာများ (*.bizhr)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="85"/>
        <source>Choose a bundle</source>
        <translation>ဒေတာအထုပ် ရွေးရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="86"/>
        <source>BizHR bundles (*.age)</source>
        <translation>BizHR ဒေတာအထုပ်များ (*.age)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="70"/>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="71"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="417"/>
        <source>Cancel meeting</source>
        <translation>အစည်းအဝေးကို ဖျက်သိမ်းရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="418"/>
        <source>Cancel “{title}”? It stays in the programme, struck through, with its invitations; calendars that have it will show it cancelled.</source>
        <translation>“{title}” ကို ဖျက်သိမ်းမလား။ ၎င်းသည် ၎င်း၏ ဖိတ်ကြားချက်များနှင့်အတူ အစီအစဉ်ထဲတွင် ဖျက်မျဉ်းတားလျက် ကျန်ရှိမည်၊ ၎င်းပါဝင်သော ပြက္ခဒိန်များတွင် ဖျက်သိမ်းထားကြောင်း ပြမည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="58"/>
        <source>Travel bundles (*.age)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="75"/>
        <source>Invitation drafts</source>
        <translation>ဖိတ်စာ မူကြမ်းများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="79"/>
        <source>Drafts are written as .eml files for your mail program; nothing is sent. People at high or critical risk get no draft: reach them through their secure channel.</source>
        <translation>မူကြမ်းများကို သင့်အီးမေးလ်ပရိုဂရမ်အတွက် .eml ဖိုင်များအဖြစ် ရေးမည်၊ မည်သည့်အရာကိုမျှ ပို့မည် မဟုတ်ပါ။ အန္တရာယ်မြင့် သို့မဟုတ် အလွန်မြင့်သူများအတွက် မူကြမ်း မရေးပါ: ၎င်းတို့ကို ၎င်းတို့၏ လုံခြုံသော ဆက်သွယ်ရေးလမ်းကြောင်းမှ ဆက်သွယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="88"/>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="170"/>
        <source>Folder for the drafts</source>
        <translation>မူကြမ်းများအတွက် ဖိုဒါ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="90"/>
        <source>Choose…</source>
        <translation>ရွေးရန်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="96"/>
        <source>One draft per invitee</source>
        <translation>ဖိတ်ခံရသူ တစ်ဦးလျှင် မူကြမ်း တစ်စောင်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="97"/>
        <source>One draft to yourself, every invitee in Bcc</source>
        <translation>သင့်ထံသို့ မူကြမ်း တစ်စောင်၊ ဖိတ်ခံရသူ အားလုံးကို Bcc တွင်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="103"/>
        <source>Sender name</source>
        <translation>ပို့သူ အမည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="104"/>
        <source>e.g. Business Network coordination</source>
        <translation>ဥပမာ Business Network ညှိနှိုင်းရေး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="106"/>
        <source>Sender address</source>
        <translation>ပို့သူ လိပ်စာ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="107"/>
        <source>you@example.org</source>
        <translation>you@example.org</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="111"/>
        <source>Also write neutral drafts (date only, no topic or country) for people at high risk</source>
        <translation>အန္တရာယ်မြင့်သူများအတွက် ကြားနေ မူကြမ်းများ (ရက်စွဲသာ၊ ခေါင်းစဉ် သို့မဟုတ် နိုင်ငံ မပါ) ကိုလည်း ရေးရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="117"/>
        <source>This meeting&apos;s safety review is not signed off. Sign it off first, or give the reason these drafts must be written now (kept in the vault):</source>
        <translation>ဤအစည်းအဝေး၏ လုံခြုံရေး သုံးသပ်ချက်ကို အတည်ပြု မထားရသေးပါ။ ဦးစွာ အတည်ပြုပါ သို့မဟုတ် ဤမူကြမ်းများကို ယခု ရေးရမည့် အကြောင်းရင်းကို ဖော်ပြပါ (လုံခြုံသေတ္တာထဲတွင် သိမ်းထားမည်):</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="124"/>
        <source>Reason to override the safety review</source>
        <translation>လုံခြုံရေး သုံးသပ်ချက်ကို ကျော်လွန်ရသည့် အကြောင်းရင်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="139"/>
        <source>&amp;Folder</source>
        <translation>ဖိုဒါ(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="142"/>
        <source>Drafts</source>
        <translation>မူကြမ်းများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="144"/>
        <source>Sender &amp;name</source>
        <translation>ပို့သူ အမည်(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="145"/>
        <source>Sender &amp;address</source>
        <translation>ပို့သူ လိပ်စာ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="149"/>
        <source>Write drafts</source>
        <translation>မူကြမ်းများ ရေးရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="184"/>
        <source>Choose a folder for the drafts.</source>
        <translation>မူကြမ်းများအတွက် ဖိုဒါ ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="188"/>
        <source>Give the address the drafts are sent from.</source>
        <translation>မူကြမ်းများကို ပို့မည့် လိပ်စာကို ထည့်ပါ။</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="239"/>
        <source>%n draft(s) written.</source>
        <translation>
            <numerusform>မူကြမ်း %n စောင် ရေးပြီးပါပြီ။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="245"/>
        <source>%n person(s) held back because at risk — reach them by their secure channel.</source>
        <translation>
            <numerusform>အန္တရာယ်ရှိသောကြောင့် လူ %n ဦးကို ချန်ထားသည် — ၎င်းတို့ကို လုံခြုံသော ဆက်သွယ်ရေးလမ်းကြောင်းဖြင့် ဆက်သွယ်ပါ။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="256"/>
        <source>%n neutral draft(s) for people at risk.</source>
        <translation>
            <numerusform>အန္တရာယ်ရှိသူများအတွက် ကြားနေ မူကြမ်း %n စောင်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="264"/>
        <source>%n invitee(s) without a usable e-mail address.</source>
        <translation>
            <numerusform>အသုံးပြုနိုင်သော အီးမေးလ်လိပ်စာ မရှိသည့် ဖိတ်ခံရသူ %n ဦး။</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="279"/>
        <source>Replace the drafts?</source>
        <translation>မူကြမ်းများကို အစားထိုးမလား။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="280"/>
        <source>This folder already holds drafts of the same names. Replace them?</source>
        <translation>ဤဖိုဒါတွင် အမည်တူ မူကြမ်းများ ရှိပြီးသား ဖြစ်သည်။ ၎င်းတို့ကို အစားထိုးမလား။</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="76"/>
        <source>Find duplicates</source>
        <translation>ထပ်နေသော မှတ်တမ်းများ ရှာရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="96"/>
        <source>Full name</source>
        <translation>အမည်အပြည့်အစုံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="97"/>
        <source>Pseudonym</source>
        <translation>အမည်ဝှက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="98"/>
        <source>Group</source>
        <translation>အုပ်စု</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="99"/>
        <source>Organisation</source>
        <translation>အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="100"/>
        <source>Role</source>
        <translation>ရာထူး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="101"/>
        <source>Country</source>
        <translation>နိုင်ငံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="102"/>
        <source>Email</source>
        <translation>အီးမေးလ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="103"/>
        <source>Phone</source>
        <translation>ဖုန်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="104"/>
        <source>Secure channel</source>
        <translation>လုံခြုံသော ဆက်သွယ်ရေးလမ်းကြောင်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="105"/>
        <source>Languages</source>
        <translation>ဘာသာစကားများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="106"/>
        <source>Risk level</source>
        <translation>အန္တရာယ်အဆင့်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="107"/>
        <source>Consent: network participants</source>
        <translation>သဘောတူခွင့်ပြုချက်: ကွန်ရက်ပါဝင်သူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="108"/>
        <source>Consent: co-organisers</source>
        <translation>သဘောတူခွင့်ပြုချက်: ပူးတွဲစီစဉ်သူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="109"/>
        <source>Consent: public</source>
        <translation>သဘောတူခွင့်ပြုချက်: အများပြည်သူ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="110"/>
        <source>Consent given on</source>
        <translation>သဘောတူခွင့်ပြုသည့်ရက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="111"/>
        <source>How consent was given</source>
        <translation>သဘောတူခွင့်ပြုပုံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="112"/>
        <source>Notes</source>
        <translation>မှတ်စုများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="113"/>
        <source>Tags</source>
        <translation>တဂ်များ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="114"/>
        <source>Participation</source>
        <translation>ပါဝင်မှု</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="115"/>
        <source>Joined on</source>
        <translation>ပါဝင်သည့်ရက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="116"/>
        <source>Commitments acknowledged</source>
        <translation>ကတိကဝတ်များကို အသိအမှတ်ပြုသည့်ရက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="119"/>
        <source>same name</source>
        <translation>အမည်တူ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="120"/>
        <source>same email</source>
        <translation>အီးမေးလ်တူ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="121"/>
        <source>same phone</source>
        <translation>ဖုန်းတူ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="124"/>
        <source>People who may be recorded twice</source>
        <translation>နှစ်ကြိမ် မှတ်တမ်းတင်မိနိုင်သူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="127"/>
        <source>Select a pair to see what merging it would do. Merging moves invitations, contact log entries and tags to the record you keep, then removes the other.</source>
        <translation>ပေါင်းစည်းလျှင် ဖြစ်မည့်အရာကို ကြည့်ရန် အတွဲတစ်တွဲကို ရွေးပါ။ ပေါင်းစည်းခြင်းသည် ဖိတ်ကြားချက်များ၊ ဆက်သွယ်မှုမှတ်တမ်းများနှင့် တဂ်များကို သင်ထားရှိမည့် မှတ်တမ်းသို့ ရွှေ့ပြီး ကျန်တစ်ခုကို ဖယ်ရှားသည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="139"/>
        <source>Possible duplicates</source>
        <translation>ထပ်နေနိုင်သော မှတ်တမ်းများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="141"/>
        <source>Person</source>
        <translation>လူ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="141"/>
        <source>Possible duplicate</source>
        <translation>ထပ်နေနိုင်သည့် မှတ်တမ်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="141"/>
        <source>Why</source>
        <translation>အကြောင်းရင်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="168"/>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="216"/>
        <source>Select a pair to see what a merge would do.</source>
        <translation>ပေါင်းစည်းလျှင် ဖြစ်မည့်အရာကို ကြည့်ရန် အတွဲတစ်တွဲကို ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="223"/>
        <source>Kept</source>
        <translation>ထားရှိမည့် မှတ်တမ်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="225"/>
        <source>Merged into it, then removed</source>
        <translation>၎င်းထဲသို့ ပေါင်းပြီး ဖယ်ရှားမည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="227"/>
        <source>Swap: keep the other record</source>
        <translation>လဲလှယ်ရန်: ကျန်မှတ်တမ်းကို ထားရှိရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="258"/>
        <source>Fields that differ</source>
        <translation>ကွာခြားသော အကွက်များ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="260"/>
        <source>Field</source>
        <translation>အကွက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="260"/>
        <source>Kept record</source>
        <translation>ထားရှိမည့် မှတ်တမ်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="260"/>
        <source>Other record</source>
        <translation>ကျန်မှတ်တမ်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="260"/>
        <source>After</source>
        <translation>ပေါင်းပြီးနောက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="270"/>
        <source>Both records hold the same values.</source>
        <translation>မှတ်တမ်း နှစ်ခုလုံးတွင် တန်ဖိုးတူများ ရှိသည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="276"/>
        <source>Merge…</source>
        <translation>ပေါင်းစည်းရန်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="291"/>
        <source>What differs, and the value after the merge:</source>
        <translation>ကွာခြားချက်များနှင့် ပေါင်းစည်းပြီးနောက် တန်ဖိုး:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="316"/>
        <source>Looking for people who may be the same…</source>
        <translation>တစ်ဦးတည်း ဖြစ်နိုင်သူများကို ရှာနေသည်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="336"/>
        <source>No possible duplicates found.</source>
        <translation>ထပ်နေနိုင်သော မှတ်တမ်း မတွေ့ပါ။</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="338"/>
        <source>%n pair(s) may be the same person.</source>
        <translation>
            <numerusform>အတွဲ %n တွဲသည် လူတစ်ဦးတည်း ဖြစ်နိုင်သည်။</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="389"/>
        <source>Someone in this pair is at high risk: select it and press Reveal to see both records.</source>
        <translation>ဤအတွဲထဲမှ တစ်ဦးသည် အန္တရာယ်မြင့်သည်: မှတ်တမ်း နှစ်ခုလုံးကို ကြည့်ရန် ၎င်းကို ရွေးပြီး “ဖော်ပြရန်” ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="475"/>
        <source>{risk} risk</source>
        <translation>အန္တရာယ် {risk}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="507"/>
        <source>%n invitation(s) moved</source>
        <translation>
            <numerusform>ဖိတ်ကြားချက် %n ခု ရွှေ့မည်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="508"/>
        <source>%n combined</source>
        <translation>
            <numerusform>%n ခု ပေါင်းမည်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="509"/>
        <source>%n contact-log entry(ies) moved</source>
        <translation>
            <numerusform>ဆက်သွယ်မှုမှတ်တမ်း %n ခု ရွှေ့မည်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="510"/>
        <source>%n tag(s) added</source>
        <translation>
            <numerusform>တဂ် %n ခု ထည့်မည်</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="518"/>
        <source>(empty)</source>
        <translation>(ဗလာ)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="531"/>
        <source>yes</source>
        <translation>ဟုတ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="531"/>
        <source>no</source>
        <translation>မဟုတ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="545"/>
        <source>Both records are shown in full.</source>
        <translation>မှတ်တမ်း နှစ်ခုလုံးကို အပြည့်အစုံ ပြထားသည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="546"/>
        <source>Hide now</source>
        <translation>ယခု ဖျောက်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="551"/>
        <source>Someone in this pair is at high risk: names and contact details are hidden, as people nearby could read them.</source>
        <translation>ဤအတွဲထဲမှ တစ်ဦးသည် အန္တရာယ်မြင့်သည်: အနီးရှိလူများ ဖတ်နိုင်သောကြောင့် အမည်များနှင့် ဆက်သွယ်ရန် အချက်အလက်များကို ဖျောက်ထားသည်။</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="555"/>
        <source>Reveal (%n s)</source>
        <translation>
            <numerusform>ဖော်ပြရန် (%n စက္ကန့်)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="590"/>
        <source>Hidden again in %n second(s)</source>
        <translation>
            <numerusform>%n စက္ကန့်အတွင်း ပြန်ဖျောက်မည်</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="611"/>
        <source>Merge two records</source>
        <translation>မှတ်တမ်း နှစ်ခုကို ပေါင်းစည်းရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="612"/>
        <source>Merge “{drop}” into “{keep}”?</source>
        <translation>“{drop}” ကို “{keep}” ထဲသို့ ပေါင်းစည်းမလား။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="621"/>
        <source>The other record is removed. This cannot be undone; the audit log records that two records were merged, not who.</source>
        <translation>ကျန်မှတ်တမ်းကို ဖယ်ရှားမည်။ ၎င်းကို ပြန်ပြင်၍ မရပါ၊ စစ်ဆေးရေးမှတ်တမ်းတွင် မှတ်တမ်း နှစ်ခု ပေါင်းစည်းခဲ့ကြောင်းသာ မှတ်ပြီး မည်သူဖြစ်ကြောင်း မမှတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="625"/>
        <source>Merge</source>
        <translation>ပေါင်းစည်းရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="660"/>
        <source>Merged: “{keep}” now holds both records.</source>
        <translation>ပေါင်းစည်းပြီး: “{keep}” တွင် ယခု မှတ်တမ်း နှစ်ခုလုံး ပါဝင်သည်။</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="197"/>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="244"/>
        <source>Duress passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="202"/>
        <source>A passphrase to give under pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="206"/>
        <source>If someone forces you to unlock this vault, give them the duress passphrase instead of your own. It opens what looks like a new, empty vault. Nothing on the screen or on the disk shows the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="217"/>
        <source>Show an &amp;empty vault; keep my records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="219"/>
        <source>Your records stay in the vault and open again with your own passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="223"/>
        <source>E&amp;rase my records, then show an empty vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="227"/>
        <source>The moment the duress passphrase is typed, every key of the real vault is destroyed. Nobody can get the records back, not even you. Choose this if the laptop may be taken away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="246"/>
        <source>Repeat the duress passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="249"/>
        <source>Duress &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="251"/>
        <source>Re&amp;peat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="258"/>
        <source>&amp;Remove duress passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="260"/>
        <source>Cancel</source>
        <translation type="unfinished">ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="262"/>
        <source>&amp;Set duress passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="282"/>
        <source>A duress passphrase is set for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="284"/>
        <source>No duress passphrase is set for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseConfirmDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="79"/>
        <source>Erase this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="80"/>
        <source>ERASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="81"/>
        <source>Erase this vault for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="84"/>
        <source>Every key of this vault is destroyed, then its files are removed. Nobody will be able to open it again: not you, and not anyone who knows your passphrase or holds your recovery key. It takes less than a second.

Backup files you made earlier are separate: they still open with the passphrase, so destroy them too if they must not survive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="94"/>
        <source>To confirm, type {word}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="97"/>
        <source>Confirmation word</source>
        <translation type="unfinished">အတည်ပြု စကားလုံး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="102"/>
        <source>Cancel</source>
        <translation type="unfinished">ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="104"/>
        <source>&amp;Erase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseCountdownDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="127"/>
        <source>Erasing the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="130"/>
        <source>The vault will be erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="133"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="140"/>
        <source>Press Cancel or Esc to keep the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="141"/>
        <source>Cancel — keep the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="172"/>
        <source>Erasing in {seconds} seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="174"/>
        <source>Erasing in 1 second…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="176"/>
        <source>Erasing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="32"/>
        <source>Erase a person</source>
        <translation>လူတစ်ဦးကို ဖျက်ပစ်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="36"/>
        <source>erase</source>
        <translation>ဖျက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="38"/>
        <source>Erase {name} for good?</source>
        <translation>{name} ကို အပြီးအပိုင် ဖျက်ပစ်မလား။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="41"/>
        <source>Their record: name, contact details, consent, notes and tags.</source>
        <translation>၎င်း၏ မှတ်တမ်း: အမည်၊ ဆက်သွယ်ရန် အချက်အလက်များ၊ သဘောတူခွင့်ပြုချက်၊ မှတ်စုများနှင့် တဂ်များ။</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="43"/>
        <source>%n invitation(s) to meetings</source>
        <translation>
            <numerusform>အစည်းအဝေး ဖိတ်ကြားချက် %n ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="47"/>
        <source>%n contact log entry(ies)</source>
        <translation>
            <numerusform>ဆက်သွယ်မှုမှတ်တမ်း %n ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="50"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>တဂ် %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="51"/>
        <source>Their entry in the search index.</source>
        <translation>ရှာဖွေမှု အညွှန်းထဲရှိ ၎င်း၏ အချက်အလက်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="56"/>
        <source>What will be erased</source>
        <translation>ဖျက်ပစ်မည့်အရာများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="59"/>
        <source>Notes on {label}</source>
        <translation>{label} ဆိုင်ရာ မှတ်စုများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="60"/>
        <source>Contact log of {label}</source>
        <translation>{label} ၏ ဆက်သွယ်မှုမှတ်တမ်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="61"/>
        <source>Meeting “{label}”</source>
        <translation>အစည်းအဝေး “{label}”</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="62"/>
        <source>Follow-up “{label}”</source>
        <translation>နောက်ဆက်တွဲလုပ်ငန်း “{label}”</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="75"/>
        <source>Their name also appears in free text that will not be changed. Review and edit it yourself:</source>
        <translation>၎င်း၏ အမည်သည် ပြောင်းလဲမည် မဟုတ်သော စာသားများထဲတွင်လည်း ပါနေသည်။ သင်ကိုယ်တိုင် ပြန်ကြည့်ပြီး ပြင်ဆင်ပါ:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="85"/>
        <source>This cannot be undone. The audit log will only record that a person was erased, not who.</source>
        <translation>၎င်းကို ပြန်ပြင်၍ မရပါ။ စစ်ဆေးရေးမှတ်တမ်းတွင် လူတစ်ဦးကို ဖျက်ခဲ့ကြောင်းသာ မှတ်မည်ဖြစ်ပြီး မည်သူဖြစ်ကြောင်း မမှတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="90"/>
        <source>Type “{word}” to confirm:</source>
        <translation>အတည်ပြုရန် “{word}” ဟု ရိုက်ပါ:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="92"/>
        <source>Confirmation word</source>
        <translation>အတည်ပြု စကားလုံး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="96"/>
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="99"/>
        <source>Erase</source>
        <translation>ဖျက်ပစ်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="113"/>
        <source>These will be erased:</source>
        <translation>ဤအရာများကို ဖျက်ပစ်မည်:</translation>
    </message>
</context>
<context>
    <name>EraseProgressDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="141"/>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="158"/>
        <source>Erasing</source>
        <translation>ဖျက်နေသည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="149"/>
        <source>Erasing the record, then rebuilding the vault file so that no copy of it remains. In a large vault this takes a few seconds.</source>
        <translation>မှတ်တမ်းကို ဖျက်ပြီးနောက် ၎င်း၏ မိတ္တူ မကျန်စေရန် လုံခြုံသေတ္တာဖိုင်ကို ပြန်လည်တည်ဆောက်နေသည်။ လုံခြုံသေတ္တာ ကြီးလျှင် စက္ကန့်အနည်းငယ် ကြာသည်။</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="68"/>
        <source>Prepare a list of participants for someone outside your vault. Each list follows the rules of the audience it is for: nobody is named without their consent, nobody at risk is named at all, and you see exactly what the file will hold before anything is written.</source>
        <translation>သင့်လုံခြုံသေတ္တာ၏ ပြင်ပရှိ တစ်စုံတစ်ဦးအတွက် ပါဝင်သူစာရင်းကို ပြင်ဆင်ပါ။ စာရင်းတိုင်းသည် ၎င်းကို လက်ခံမည့်သူ၏ စည်းမျဉ်းများကို လိုက်နာသည်: မည်သူ့ကိုမျှ ၎င်း၏ သဘောတူခွင့်ပြုချက်မရှိဘဲ အမည်မဖော်ပြ၊ အန္တရာယ်ရှိသူ မည်သူ့ကိုမျှ လုံးဝ အမည်မဖော်ပြဘဲ မည်သည့်အရာကိုမျှ မရေးမီ ဖိုင်ထဲတွင် ပါဝင်မည့်အရာကို အတိအကျ မြင်ရမည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="85"/>
        <source>Prepare a list…</source>
        <translation>စာရင်း ပြင်ဆင်ရန်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="89"/>
        <source>Import a bundle from another coordinator…</source>
        <translation>အခြားညှိနှိုင်းရေးမှူးထံမှ ဒေတာအထုပ် တင်သွင်းရန်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="98"/>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="105"/>
        <source>Recent exports</source>
        <translation>မကြာသေးမီက ထုတ်ယူမှုများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="103"/>
        <source>When</source>
        <translation>အချိန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="103"/>
        <source>For</source>
        <translation>လက်ခံသူ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="103"/>
        <source>Rows</source>
        <translation>အတန်းများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="103"/>
        <source>Format</source>
        <translation>ဖော်မတ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="115"/>
        <source>No list has been exported from this vault yet.</source>
        <translation>ဤလုံခြုံသေတ္တာမှ စာရင်း မထုတ်ယူရသေးပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="154"/>
        <source>Export</source>
        <translation>ထုတ်ယူရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="222"/>
        <source>{rows} (+{counted} counted)</source>
        <translation>{rows} (+{counted} ရေတွက်ရုံသာ)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="284"/>
        <source>The bundle was merged into your vault. The People page shows the changes.</source>
        <translation>ဒေတာအထုပ်ကို သင့်လုံခြုံသေတ္တာထဲသို့ ပေါင်းစည်းပြီးပါပြီ။ “လူများ” စာမျက်နှာတွင် ပြောင်းလဲမှုများကို ပြထားသည်။</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/wizard.py" line="74"/>
        <source>Export a list</source>
        <translation>စာရင်း ထုတ်ယူရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/wizard.py" line="78"/>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/wizard.py" line="112"/>
        <source>Choose who is in the list, who receives it and a format.</source>
        <translation>စာရင်းတွင် ပါဝင်မည့်သူ၊ လက်ခံမည့်သူနှင့် ဖော်မတ်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="62"/>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="63"/>
        <source>Pseudonym</source>
        <translation>အမည်ဝှက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="64"/>
        <source>Stakeholder group</source>
        <translation>သက်ဆိုင်သူအုပ်စု</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="65"/>
        <source>Organisation</source>
        <translation>အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="66"/>
        <source>Role</source>
        <translation>ရာထူး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="67"/>
        <source>Country</source>
        <translation>နိုင်ငံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="68"/>
        <source>Region</source>
        <translation>ဒေသ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="69"/>
        <source>Email</source>
        <translation>အီးမေးလ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="70"/>
        <source>Phone</source>
        <translation>ဖုန်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="71"/>
        <source>Secure channel</source>
        <translation>လုံခြုံသော ဆက်သွယ်ရေးလမ်းကြောင်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="72"/>
        <source>Languages</source>
        <translation>ဘာသာစကားများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="73"/>
        <source>Risk</source>
        <translation>အန္တရာယ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="74"/>
        <source>Consent: network</source>
        <translation>သဘောတူခွင့်ပြုချက်: ကွန်ရက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="75"/>
        <source>Consent: co-organisers</source>
        <translation>သဘောတူခွင့်ပြုချက်: ပူးတွဲစီစဉ်သူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="76"/>
        <source>Consent: public</source>
        <translation>သဘောတူခွင့်ပြုချက်: အများပြည်သူ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="77"/>
        <source>Consent date</source>
        <translation>သဘောတူခွင့်ပြုသည့်ရက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="78"/>
        <source>Notes</source>
        <translation>မှတ်စုများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="79"/>
        <source>Tags</source>
        <translation>တဂ်များ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="80"/>
        <source>Participation</source>
        <translation>ပါဝင်မှု</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="81"/>
        <source>Joined on</source>
        <translation>ပါဝင်သည့်ရက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="88"/>
        <source>Column “{name}” in the file</source>
        <translation>ဖိုင်ထဲရှိ “{name}” ကော်လံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="93"/>
        <source>Named</source>
        <translation>အမည်ဖော်ပြ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="94"/>
        <source>Pseudonymised</source>
        <translation>အမည်ဝှက်ဖြင့်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="95"/>
        <source>Withheld, counted only</source>
        <translation>ချန်ထားပြီး ရေတွက်ရုံသာ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="96"/>
        <source>Full record, encrypted</source>
        <translation>မှတ်တမ်းအပြည့်အစုံ၊ ကုဒ်ဝှက်ထားသည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="129"/>
        <source>consent from {year}, older than the renewal period: renewal due</source>
        <translation>{year} ခုနှစ်က သဘောတူခွင့်ပြုချက်၊ သက်တမ်းတိုးကာလထက် ကြာပြီ: သက်တမ်းတိုးရန် လိုသည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="138"/>
        <source>fewer than {k} people share their group and region, so a row would single them out</source>
        <translation>၎င်းတို့၏ အုပ်စုနှင့် ဒေသ တူသူ {k} ဦးထက် နည်းသောကြောင့် အတန်းတစ်ခုက ၎င်းတို့ကို ခွဲခြားသိစေနိုင်သည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="108"/>
        <source>no consent to be named publicly</source>
        <translation>အများပြည်သူထံ အမည်ဖော်ပြရန် သဘောတူခွင့်ပြုချက် မရှိ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="110"/>
        <source>no consent to be named to co-organisers or a venue</source>
        <translation>ပူးတွဲစီစဉ်သူများ သို့မဟုတ် ကျင်းပရာနေရာထံ အမည်ဖော်ပြရန် သဘောတူခွင့်ပြုချက် မရှိ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="112"/>
        <source>no consent to be named in the network</source>
        <translation>ကွန်ရက်ထဲတွင် အမည်ဖော်ပြရန် သဘောတူခွင့်ပြုချက် မရှိ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="114"/>
        <source>{risk} risk, above this audience&apos;s limit ({ceiling})</source>
        <translation>အန္တရာယ် {risk}၊ ဤလက်ခံသူအတွက် ကန့်သတ်ချက် ({ceiling}) ထက် မြင့်သည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="119"/>
        <source>Chatham House meeting, and not an attendance record for the host</source>
        <translation>Chatham House အစည်းအဝေး ဖြစ်ပြီး အိမ်ရှင်အတွက် တက်ရောက်မှုမှတ်တမ်း မဟုတ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="121"/>
        <source>consent given, and risk within this audience&apos;s limit</source>
        <translation>သဘောတူခွင့်ပြုထားပြီး အန္တရာယ်သည် ဤလက်ခံသူ၏ ကန့်သတ်ချက်အတွင်း ရှိသည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="123"/>
        <source>another coordinator&apos;s vault, only in an encrypted bundle</source>
        <translation>အခြားညှိနှိုင်းရေးမှူး၏ လုံခြုံသေတ္တာ၊ ကုဒ်ဝှက်ထားသော ဒေတာအထုပ်ဖြင့်သာ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="125"/>
        <source>not named</source>
        <translation>အမည်မဖော်ပြ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="127"/>
        <source>consent not dated, so it counts as absent until renewed</source>
        <translation>သဘောတူခွင့်ပြုချက်တွင် ရက်စွဲမပါသောကြောင့် သက်တမ်းမတိုးမချင်း မရှိသကဲ့သို့ သတ်မှတ်သည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="133"/>
        <source>named in another audience&apos;s list, so only counted here (a label would let the two lists be compared)</source>
        <translation>အခြားလက်ခံသူ၏ စာရင်းတွင် အမည်ဖော်ပြထားသောကြောင့် ဤနေရာတွင် ရေတွက်ရုံသာ (အမှတ်အသားတစ်ခုက စာရင်း နှစ်ခုကို နှိုင်းယှဉ်နိုင်စေမည်)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/words.py" line="150"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>လူ %n ဦး</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="151"/>
        <source>{outcome}: {reason} — {count}</source>
        <translation>{outcome}: {reason} — {count}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/words.py" line="164"/>
        <source>%n full record(s), written only as an encrypted bundle</source>
        <translation>
            <numerusform>မှတ်တမ်းအပြည့်အစုံ %n ခု၊ ကုဒ်ဝှက်ထားသော ဒေတာအထုပ်အဖြစ်သာ ရေးသည်</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="169"/>
        <source>{n} named</source>
        <translation>အမည်ဖော်ပြ {n} ဦး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="170"/>
        <source>{n} pseudonymised</source>
        <translation>အမည်ဝှက်ဖြင့် {n} ဦး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="171"/>
        <source>{n} counted only</source>
        <translation>ရေတွက်ရုံသာ {n} ဦး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="178"/>
        <source>A public report or website</source>
        <translation>အများသုံး အစီရင်ခံစာ သို့မဟုတ် ဝက်ဘ်ဆိုက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="179"/>
        <source>A venue&apos;s badge or entry list</source>
        <translation>ကျင်းပရာနေရာ၏ အမည်ကတ် သို့မဟုတ် ဝင်ခွင့်စာရင်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="180"/>
        <source>A co-organising partner</source>
        <translation>ပူးတွဲစီစဉ်သည့် မိတ်ဖက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="181"/>
        <source>Another coordinator&apos;s vault</source>
        <translation>အခြားညှိနှိုင်းရေးမှူး၏ လုံခြုံသေတ္တာ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="187"/>
        <source>Public</source>
        <translation>အများပြည်သူ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="188"/>
        <source>Venue</source>
        <translation>ကျင်းပရာနေရာ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="189"/>
        <source>Co-organisers</source>
        <translation>ပူးတွဲစီစဉ်သူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="190"/>
        <source>Another coordinator</source>
        <translation>အခြားညှိနှိုင်းရေးမှူး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="196"/>
        <source>Names only people at low risk who agreed to be named publicly; everyone else appears under a pseudonym or only in a count. No contact details.</source>
        <translation>အများပြည်သူထံ အမည်ဖော်ပြရန် သဘောတူထားသော အန္တရာယ်နိမ့်သူများကိုသာ အမည်ဖော်ပြသည်၊ ကျန်သူအားလုံးကို အမည်ဝှက်ဖြင့် သို့မဟုတ် အရေအတွက်ဖြင့်သာ ပြသည်။ ဆက်သွယ်ရန် အချက်အလက် မပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="200"/>
        <source>Names people at low or medium risk who agreed to be named to co-organisers; the others appear under a pseudonym or in a count. No contact details.</source>
        <translation>ပူးတွဲစီစဉ်သူများထံ အမည်ဖော်ပြရန် သဘောတူထားသော အန္တရာယ်နိမ့် သို့မဟုတ် အလယ်အလတ်ရှိသူများကို အမည်ဖော်ပြသည်၊ ကျန်သူများကို အမည်ဝှက်ဖြင့် သို့မဟုတ် အရေအတွက်ဖြင့် ပြသည်။ ဆက်သွယ်ရန် အချက်အလက် မပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="204"/>
        <source>The same people named as for a venue, with their email address (never a phone number or secure channel).</source>
        <translation>ကျင်းပရာနေရာအတွက်ကဲ့သို့ အမည်ဖော်ပြသူများကိုပင် ၎င်းတို့၏ အီးမေးလ်လိပ်စာနှင့်အတူ (ဖုန်းနံပါတ် သို့မဟုတ် လုံခြုံသော ဆက်သွယ်ရေးလမ်းကြောင်း ဘယ်တော့မှ မပါ)။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="208"/>
        <source>Every field of every record, notes and risk levels included — only as an encrypted bundle, opened with a passphrase.</source>
        <translation>မှတ်တမ်းတိုင်း၏ အကွက်တိုင်း၊ မှတ်စုများနှင့် အန္တရာယ်အဆင့်များ အပါအဝင် — စကားဝှက်ဖြင့် ဖွင့်ရသော ကုဒ်ဝှက်ထားသည့် ဒေတာအထုပ်အဖြစ်သာ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="217"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="218"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="219"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="220"/>
        <source>Encrypted bundle</source>
        <translation>ကုဒ်ဝှက်ထားသော ဒေတာအထုပ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="228"/>
        <source>Participants</source>
        <translation>ပါဝင်သူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="229"/>
        <source>Participant list for the venue</source>
        <translation>နေရာအတွက် ပါဝင်သူစာရင်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="230"/>
        <source>Participant list for co-organisers</source>
        <translation>ပူးတွဲစီစဉ်သူများအတွက် ပါဝင်သူစာရင်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="231"/>
        <source>Internal bundle</source>
        <translation>အတွင်းပိုင်း အထုပ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="234"/>
        <source>{title}: {meeting}</source>
        <translation>{title}: {meeting}</translation>
    </message>
</context>
<context>
    <name>FaultGuard</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/crash.py" line="88"/>
        <source>Something went wrong</source>
        <translation>တစ်စုံတစ်ခု မှားယွင်းသွားသည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/crash.py" line="89"/>
        <source>BizHR met an error it did not expect, and locked the vault to keep your records safe. What you saved before is in the vault; the last change you were making may not have been saved.

Unlock again to go on. If this happens again, tell the person who supports BizHR what you were doing.</source>
        <translation>BizHR သည် မမျှော်လင့်ထားသော အမှားတစ်ခုနှင့် ကြုံတွေ့ခဲ့ပြီး သင့်မှတ်တမ်းများကို လုံခြုံစေရန် လုံခြုံသေတ္တာကို သော့ခတ်လိုက်သည်။ ယခင်က သင်သိမ်းဆည်းခဲ့သည့်အရာများသည် လုံခြုံသေတ္တာထဲတွင် ရှိသည်၊ သင်နောက်ဆုံး ပြုလုပ်နေသော ပြောင်းလဲမှုကိုမူ သိမ်းဆည်းမိခြင်း မရှိနိုင်ပါ။

ဆက်လုပ်ရန် ပြန်လည် သော့ဖွင့်ပါ။ ဤသို့ ထပ်ဖြစ်ပါက BizHR အတွက် အကူအညီပေးသူကို သင်ဘာလုပ်နေခဲ့သည်ကို ပြောပြပါ။</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="85"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="88"/>
        <source>A CSV (UTF-8) or Excel .xlsx file with a header row. Nothing is written to the vault before the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="92"/>
        <source>People</source>
        <translation type="unfinished">လူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="93"/>
        <source>Organisations</source>
        <translation type="unfinished">အဖွဲ့အစည်းများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="100"/>
        <source>Choose file…</source>
        <translation type="unfinished">ဖိုင် ရွေးရန်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="115"/>
        <source>Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="154"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="173"/>
        <source>%n row(s) read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="175"/>
        <source>%n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="55"/>
        <source>Change follow-up</source>
        <translation>နောက်ဆက်တွဲလုပ်ငန်းကို ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="55"/>
        <source>New follow-up</source>
        <translation>နောက်ဆက်တွဲလုပ်ငန်း အသစ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="57"/>
        <source>Organisation</source>
        <translation>အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="58"/>
        <source>No organisation</source>
        <translation>အဖွဲ့အစည်း မရှိ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="62"/>
        <source>What should be done</source>
        <translation>လုပ်ဆောင်ရမည့်အရာ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="66"/>
        <source>Owner</source>
        <translation>တာဝန်ခံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="67"/>
        <source>Who chases it</source>
        <translation>ဆက်လက် ကြပ်မတ်မည့်သူ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="68"/>
        <source>Due date</source>
        <translation>သတ်မှတ်ရက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="70"/>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="75"/>
        <source>&amp;Organisation</source>
        <translation>အဖွဲ့အစည်း(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="76"/>
        <source>&amp;Action</source>
        <translation>လုပ်ဆောင်ချက်(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="77"/>
        <source>O&amp;wner</source>
        <translation>တာဝန်ခံ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="78"/>
        <source>&amp;Due</source>
        <translation>သတ်မှတ်ရက်(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="79"/>
        <source>&amp;Status</source>
        <translation>အခြေအနေ(&amp;S)</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="174"/>
        <source>Follow-ups of this meeting</source>
        <translation>ဤအစည်းအဝေး၏ နောက်ဆက်တွဲလုပ်ငန်းများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="176"/>
        <source>Add follow-up…</source>
        <translation>နောက်ဆက်တွဲလုပ်ငန်း ထည့်ရန်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="179"/>
        <source>Edit…</source>
        <translation>ပြင်ဆင်ရန်…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="226"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>နောက်ဆက်တွဲလုပ်ငန်း %n ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="228"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>ရက်လွန် %n ခု</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsTableModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="458"/>
        <source>Meeting</source>
        <translation>အစည်းအဝေး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="459"/>
        <source>Organisation</source>
        <translation>အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="460"/>
        <source>Action</source>
        <translation>လုပ်ဆောင်ချက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="461"/>
        <source>Owner</source>
        <translation>တာဝန်ခံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="462"/>
        <source>Due</source>
        <translation>သတ်မှတ်ရက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="463"/>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="489"/>
        <source>No date</source>
        <translation>ရက်စွဲ မရှိ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="491"/>
        <source>{date} — overdue</source>
        <translation>{date} — ရက်လွန်</translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="35"/>
        <source>In which format?</source>
        <translation>မည်သည့် ဖော်မတ်ဖြင့်နည်း။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="40"/>
        <source>CSV (.csv): plain text any spreadsheet opens. Not encrypted.</source>
        <translation>CSV (.csv): မည်သည့် ဇယားကွက်ပရိုဂရမ်မဆို ဖွင့်နိုင်သော ရိုးရိုးစာသား။ ကုဒ်ဝှက်မထားပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="42"/>
        <source>Excel (.xlsx): a spreadsheet. Not encrypted.</source>
        <translation>Excel (.xlsx): ဇယားကွက်ဖိုင်။ ကုဒ်ဝှက်မထားပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="43"/>
        <source>PDF (.pdf): a printable table. Not encrypted.</source>
        <translation>PDF (.pdf): ပုံနှိပ်နိုင်သော ဇယား။ ကုဒ်ဝှက်မထားပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="45"/>
        <source>Encrypted bundle (.age): full records for another coordinator&apos;s BizHR Desktop, opened only with a passphrase.</source>
        <translation>ကုဒ်ဝှက်ထားသော ဒေတာအထုပ် (.age): အခြားညှိနှိုင်းရေးမှူး၏ BizHR Desktop အတွက် မှတ်တမ်းအပြည့်အစုံ၊ စကားဝှက်ဖြင့်သာ ဖွင့်နိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="56"/>
        <source>Also include the contact log</source>
        <translation>ဆက်သွယ်မှုမှတ်တမ်းကိုလည်း ထည့်သွင်းရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="61"/>
        <source>&amp;Series (optional):</source>
        <translation>စီးရီး (မဖြစ်မနေ မဟုတ်)(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="63"/>
        <source>Series</source>
        <translation>စီးရီး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="64"/>
        <source>e.g. the co-host&apos;s name</source>
        <translation>ဥပမာ ပူးတွဲအိမ်ရှင်၏ အမည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="68"/>
        <source>Left empty, this list&apos;s labels match no other list. With a series name, a person has the same label in every list of that series.</source>
        <translation>ဗလာထားလျှင် ဤစာရင်း၏ အမှတ်အသားများသည် အခြားမည်သည့်စာရင်းနှင့်မျှ မကိုက်ညီပါ။ စီးရီးအမည် ထည့်လျှင် လူတစ်ဦးသည် ထိုစီးရီး၏ စာရင်းတိုင်းတွင် အမှတ်အသားတူ ရှိမည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="102"/>
        <source>A list for another coordinator holds everything, so it is only ever written encrypted.</source>
        <translation>အခြားညှိနှိုင်းရေးမှူးအတွက် စာရင်းတွင် အရာအားလုံး ပါဝင်သောကြောင့် ၎င်းကို ကုဒ်ဝှက်၍သာ ရေးသည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="107"/>
        <source>The encrypted bundle is only for another coordinator: it holds full records.</source>
        <translation>ကုဒ်ဝှက်ထားသော ဒေတာအထုပ်သည် အခြားညှိနှိုင်းရေးမှူးအတွက်သာ ဖြစ်သည်: ၎င်းတွင် မှတ်တမ်းအပြည့်အစုံ ပါဝင်သည်။</translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="145"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="146"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="147"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="148"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="175"/>
        <source>Enter: fix this value. Delete: skip this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="177"/>
        <source>Column “{column}” in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="197"/>
        <source>Skipped: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="784"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="839"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="119"/>
        <source>, </source>
        <comment>between the values of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="48"/>
        <source>Full name</source>
        <translation>အမည်အပြည့်အစုံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="49"/>
        <source>Pseudonym</source>
        <translation>အမည်ဝှက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="50"/>
        <source>Stakeholder group</source>
        <translation>သက်ဆိုင်သူအုပ်စု</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="51"/>
        <source>Organisation</source>
        <translation>အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="52"/>
        <source>Role</source>
        <translation>ရာထူး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="53"/>
        <source>Country</source>
        <translation>နိုင်ငံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="54"/>
        <source>Email</source>
        <translation>အီးမေးလ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="55"/>
        <source>Phone</source>
        <translation>ဖုန်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="56"/>
        <source>Secure channel</source>
        <translation>လုံခြုံသော ဆက်သွယ်ရေးလမ်းကြောင်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="57"/>
        <source>Languages</source>
        <translation>ဘာသာစကားများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="58"/>
        <source>Risk level</source>
        <translation>အန္တရာယ်အဆင့်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="59"/>
        <source>Consent: network</source>
        <translation>သဘောတူခွင့်ပြုချက်: ကွန်ရက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="60"/>
        <source>Consent: co-organisers</source>
        <translation>သဘောတူခွင့်ပြုချက်: ပူးတွဲစီစဉ်သူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="61"/>
        <source>Consent: public</source>
        <translation>သဘောတူခွင့်ပြုချက်: အများပြည်သူ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="62"/>
        <source>Consent date</source>
        <translation>သဘောတူခွင့်ပြုသည့်ရက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="63"/>
        <source>Notes</source>
        <translation>မှတ်စုများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="64"/>
        <source>Tags</source>
        <translation>တဂ်များ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="65"/>
        <source>Participation</source>
        <translation>ပါဝင်မှု</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="66"/>
        <source>Joined on</source>
        <translation>ပါဝင်သည့်ရက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="67"/>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="68"/>
        <source>Consent method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="69"/>
        <source>Commitment acknowledged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="70"/>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="71"/>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="72"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="73"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="74"/>
        <source>Public commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="75"/>
        <source>Commitment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="91"/>
        <source>Yes</source>
        <translation>ဟုတ်သည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="91"/>
        <source>No</source>
        <translation>မဟုတ်ပါ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="106"/>
        <source>(empty: the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="125"/>
        <source>Column “{column}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="129"/>
        <source>{field} (column “{column}”)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationsPanel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="288"/>
        <source>Invite all active participants</source>
        <translation>ပါဝင်နေဆဲ ပါဝင်သူ အားလုံးကို ဖိတ်ကြားရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="292"/>
        <source>Invite everyone whose participation is active; answers already given are kept</source>
        <translation>ပါဝင်မှု ဆက်ရှိနေသူ အားလုံးကို ဖိတ်ကြားရန်၊ ပေးပြီးသား အကြောင်းပြန်ချက်များကို ထားရှိမည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="295"/>
        <source>Invite by filter…</source>
        <translation>စစ်ထုတ်ချက်ဖြင့် ဖိတ်ကြားရန်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="298"/>
        <source>Invite one person…</source>
        <translation>လူတစ်ဦးကို ဖိတ်ကြားရန်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="305"/>
        <source>Search invitees</source>
        <translation>ဖိတ်ခံရသူများကို ရှာရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="306"/>
        <source>Search invitees by name or pseudonym</source>
        <translation>ဖိတ်ခံရသူများကို အမည် သို့မဟုတ် အမည်ဝှက်ဖြင့် ရှာရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="310"/>
        <source>Show answers</source>
        <translation>အကြောင်းပြန်ချက်များ ပြရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="311"/>
        <source>Every answer</source>
        <translation>အကြောင်းပြန်ချက် အားလုံး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="319"/>
        <source>Invitations by answer</source>
        <translation>အကြောင်းပြန်ချက်အလိုက် ဖိတ်ကြားချက်များ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="324"/>
        <source>Invitees</source>
        <translation>ဖိတ်ခံရသူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="361"/>
        <source>Set answer for selected</source>
        <translation>ရွေးထားသူများအတွက် အကြောင်းပြန်ချက် သတ်မှတ်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="491"/>
        <source>This meeting is cancelled.</source>
        <translation>ဤအစည်းအဝေးကို ဖျက်သိမ်းထားသည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="508"/>
        <source>Nobody is invited yet.</source>
        <translation>မည်သူ့ကိုမျှ မဖိတ်ရသေးပါ။</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="511"/>
        <source>%n invitee(s)</source>
        <translation>
            <numerusform>ဖိတ်ခံရသူ %n ဦး</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="545"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n ဦး ရွေးထားသည်</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="569"/>
        <source>Hide</source>
        <translation>ဖျောက်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="569"/>
        <source>Reveal ({seconds} s)</source>
        <translation>ဖော်ပြရန် ({seconds} စက္ကန့်)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="575"/>
        <source>Shown for {seconds} s more</source>
        <translation>နောက်ထပ် {seconds} စက္ကန့် ပြမည်</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="602"/>
        <source>%n answer(s) recorded as {status}.</source>
        <translation>
            <numerusform>အကြောင်းပြန်ချက် %n ခုကို {status} အဖြစ် မှတ်တမ်းတင်ပြီးပါပြီ။</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="622"/>
        <source>Inviting every active participant…</source>
        <translation>ပါဝင်နေဆဲ ပါဝင်သူ အားလုံးကို ဖိတ်ကြားနေသည်…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="664"/>
        <source>%n invited</source>
        <translation>
            <numerusform>%n ဦး ဖိတ်ကြားပြီး</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="665"/>
        <source>, {already} already</source>
        <translation>၊ {already} ဦး ဖိတ်ပြီးသား</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="685"/>
        <source>Inviting the people chosen…</source>
        <translation>ရွေးထားသူများကို ဖိတ်ကြားနေသည်…</translation>
    </message>
</context>
<context>
    <name>InviteByFilterDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="87"/>
        <source>Invite by group, country or organisation</source>
        <translation>အုပ်စု၊ နိုင်ငံ သို့မဟုတ် အဖွဲ့အစည်းအလိုက် ဖိတ်ကြားရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="94"/>
        <source>Countries</source>
        <translation>နိုင်ငံများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="97"/>
        <source>Organisations</source>
        <translation>အဖွဲ့အစည်းများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="105"/>
        <source>Also people whose participation is paused or ended</source>
        <translation>ပါဝင်မှု ခေတ္တရပ်ထားသူ သို့မဟုတ် ရပ်စဲသူများကိုလည်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="110"/>
        <source>People in any of the groups chosen, and in any of the countries, and in any of the organisations (a criterion left empty is not applied).</source>
        <translation>ရွေးထားသော အုပ်စုတစ်ခုခု၊ နိုင်ငံတစ်ခုခုနှင့် အဖွဲ့အစည်းတစ်ခုခုတွင် ပါဝင်သူများ (ဗလာထားသော စံနှုန်းကို အသုံးမချပါ)။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="118"/>
        <source>Groups</source>
        <translation>အုပ်စုများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="119"/>
        <source>&amp;Countries</source>
        <translation>နိုင်ငံများ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="120"/>
        <source>&amp;Organisations</source>
        <translation>အဖွဲ့အစည်းများ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="124"/>
        <source>Invite</source>
        <translation>ဖိတ်ကြားရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="156"/>
        <source>Choose at least one group, country or organisation.</source>
        <translation>အုပ်စု၊ နိုင်ငံ သို့မဟုတ် အဖွဲ့အစည်း အနည်းဆုံး တစ်ခု ရွေးပါ။</translation>
    </message>
</context>
<context>
    <name>InviteOneDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="177"/>
        <source>Invite one person</source>
        <translation>လူတစ်ဦးကို ဖိတ်ကြားရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="179"/>
        <source>Search people</source>
        <translation>လူများကို ရှာရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="180"/>
        <source>Type a name, pseudonym or organisation</source>
        <translation>အမည်၊ အမည်ဝှက် သို့မဟုတ် အဖွဲ့အစည်းကို ရိုက်ပါ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="184"/>
        <source>People found</source>
        <translation>တွေ့ရှိသူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="186"/>
        <source>Role</source>
        <translation>အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="192"/>
        <source>Invite</source>
        <translation>ဖိတ်ကြားရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="200"/>
        <source>Role:</source>
        <translation>အခန်းကဏ္ဍ:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="239"/>
        <source>Type a name and choose a person first.</source>
        <translation>အမည်ကို ရိုက်ပြီး လူတစ်ဦးကို ဦးစွာ ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="250"/>
        <source>{name} is invited.</source>
        <translation>{name} ကို ဖိတ်ကြားပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="252"/>
        <source>{name} was already invited.</source>
        <translation>{name} ကို ဖိတ်ကြားပြီးသား ဖြစ်သည်။</translation>
    </message>
</context>
<context>
    <name>InviteesTableModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="222"/>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="223"/>
        <source>Group</source>
        <translation>အုပ်စု</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="224"/>
        <source>Country</source>
        <translation>နိုင်ငံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="225"/>
        <source>Organisation</source>
        <translation>အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="226"/>
        <source>Role</source>
        <translation>အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="227"/>
        <source>Answer</source>
        <translation>အကြောင်းပြန်ချက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="228"/>
        <source>Answered</source>
        <translation>အကြောင်းပြန်သည့်ရက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="231"/>
        <source>Double-click or press F2 to change</source>
        <translation>ပြောင်းရန် နှစ်ချက်နှိပ်ပါ သို့မဟုတ် F2 ကို နှိပ်ပါ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="268"/>
        <source>At {risk} risk: listed under a pseudonym. Select and press Reveal to see the name for a short while.</source>
        <translation>အန္တရာယ် {risk}: အမည်ဝှက်ဖြင့် ပြထားသည်။ အမည်ကို ခဏတာ ကြည့်ရန် ရွေးပြီး “ဖော်ပြရန်” ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="272"/>
        <source>{pseudonym} (identity hidden)</source>
        <translation>{pseudonym} (မည်သူဖြစ်ကြောင်း ဖျောက်ထားသည်)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="33"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="47"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="61"/>
        <source>Business</source>
        <translation>စီးပွားရေးလုပ်ငန်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="34"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="48"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="94"/>
        <source>Investor</source>
        <translation>ရင်းနှီးမြှုပ်နှံသူ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="35"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="49"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="63"/>
        <source>Civil society</source>
        <translation>အရပ်ဘက် လူ့အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="36"/>
        <source>Human rights defender</source>
        <translation>လူ့အခွင့်အရေး ကာကွယ်သူ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="37"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="51"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="65"/>
        <source>Government</source>
        <translation>အစိုးရ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="38"/>
        <source>UN / intergovernmental</source>
        <translation>ကုလသမဂ္ဂ / အစိုးရများအကြား အဖွဲ့</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="39"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="53"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="67"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="100"/>
        <source>Other</source>
        <translation>အခြား</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="50"/>
        <source>HRD</source>
        <translation>လူ့အခွင့်အရေး ကာကွယ်သူ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="52"/>
        <source>UN / IGO</source>
        <translation>ကုလ / အစိုးရများအကြား</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="62"/>
        <source>Investors</source>
        <translation>ရင်းနှီးမြှုပ်နှံသူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="64"/>
        <source>HRDs</source>
        <translation>လူ့အခွင့်အရေး ကာကွယ်သူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="66"/>
        <source>UN / IGOs</source>
        <translation>ကုလ / အစိုးရများအကြား</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="74"/>
        <source>Low</source>
        <translation>နိမ့်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="75"/>
        <source>Medium</source>
        <translation>အလယ်အလတ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="76"/>
        <source>High</source>
        <translation>မြင့်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="77"/>
        <source>Critical</source>
        <translation>အလွန်မြင့်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="84"/>
        <source>Active</source>
        <translation>ပါဝင်နေဆဲ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="85"/>
        <source>Paused</source>
        <translation>ခေတ္တရပ်ထား</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="86"/>
        <source>Left the network</source>
        <translation>ကွန်ရက်မှ ထွက်သွားပြီ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="93"/>
        <source>Company</source>
        <translation>ကုမ္ပဏီ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="95"/>
        <source>NGO</source>
        <translation>အစိုးရမဟုတ်သော အဖွဲ့အစည်း (NGO)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="96"/>
        <source>Grassroots group</source>
        <translation>အခြေခံလူထု အဖွဲ့</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="97"/>
        <source>Government body</source>
        <translation>အစိုးရ အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="98"/>
        <source>UN agency</source>
        <translation>ကုလသမဂ္ဂ အေဂျင်စီ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="99"/>
        <source>Academic</source>
        <translation>ပညာရပ်ဆိုင်ရာ</translation>
    </message>
</context>
<context>
    <name>LockedView</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="97"/>
        <source>The vault is locked.</source>
        <translation>လုံခြုံသေတ္တာကို သော့ခတ်ထားသည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="98"/>
        <source>&amp;Unlock…</source>
        <translation>သော့ဖွင့်ရန်(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="430"/>
        <source>BizHR Desktop</source>
        <translation>BizHR Desktop</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="431"/>
        <source>Sections</source>
        <translation>အပိုင်းများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="445"/>
        <source>Vault state</source>
        <translation>လုံခြုံသေတ္တာ အခြေအနေ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="389"/>
        <source>&amp;Lock</source>
        <translation>သော့ခတ်ရန်(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="389"/>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>လုံခြုံသေတ္တာကို သော့ခတ်ရန် (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="390"/>
        <source>&amp;Quit</source>
        <translation>ထွက်ရန်(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="391"/>
        <source>&amp;User guide</source>
        <translation>အသုံးပြုသူ လမ်းညွှန် (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="392"/>
        <source>&amp;About BizHR Desktop</source>
        <translation>BizHR Desktop အကြောင်း(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="393"/>
        <source>&amp;Settings…</source>
        <translation>ဆက်တင်များ(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="394"/>
        <source>Set quick-unlock &amp;PIN…</source>
        <translation>အမြန်သော့ဖွင့်ရန် PIN သတ်မှတ်ရန်(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="395"/>
        <source>&amp;Duress passphrase…</source>
        <translation>အဓမ္မခိုင်းစေခံရချိန် စကားဝှက်(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="398"/>
        <source>&amp;Erase this vault…</source>
        <translation>ဤလုံခြုံသေတ္တာကို ဖျက်ပစ်ရန်(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="399"/>
        <source>Destroy every key of this vault, for good</source>
        <translation>ဤလုံခြုံသေတ္တာ၏ သော့အားလုံးကို အပြီးအပိုင် ဖျက်ဆီးရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="403"/>
        <source>&amp;Travel mode…</source>
        <translation>ခရီးသွားမုဒ်(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="404"/>
        <source>Move the records most at risk off this laptop before you travel</source>
        <translation>ခရီးမထွက်မီ အန္တရာယ်အများဆုံး မှတ်တမ်းများကို ဤလက်ပ်တော့မှ ဖယ်ထုတ်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="406"/>
        <source>&amp;Bring records back…</source>
        <translation>မှတ်တမ်းများကို ပြန်ယူရန်(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="409"/>
        <source>&amp;Back up…</source>
        <translation>အရန်မိတ္တူ ကူးရန်(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="410"/>
        <source>Write an encrypted copy of the vault</source>
        <translation>လုံခြုံသေတ္တာ၏ ကုဒ်ဝှက်ထားသော မိတ္တူကို ရေးရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="412"/>
        <source>&amp;Verify vault</source>
        <translation>လုံခြုံသေတ္တာကို စစ်ဆေးရန်(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="413"/>
        <source>C&amp;hange passphrase…</source>
        <translation>စကားဝှက် ပြောင်းရန်(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="414"/>
        <source>Replace the encryption &amp;key…</source>
        <translation>ကုဒ်ဝှက်သော့ကို အစားထိုးရန်(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="417"/>
        <source>Re&amp;voke everything…</source>
        <translation>အားလုံးကို ရုပ်သိမ်းရန်(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="419"/>
        <source>New keys and a new recovery key: no earlier copy of the key file, nor any earlier secret, opens the records</source>
        <translation>သော့အသစ်များနှင့် ပြန်လည်ရယူရေးသော့အသစ်: ယခင် သော့ဖိုင်မိတ္တူ သို့မဟုတ် ယခင် လျှို့ဝှက်ချက် မည်သည့်အရာမျှ မှတ်တမ်းများကို ဖွင့်နိုင်တော့မည် မဟုတ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="423"/>
        <source>Re-&amp;link this computer&apos;s keyring…</source>
        <translation>ဤကွန်ပျူတာ၏ သော့တွဲကို ပြန်ချိတ်ရန်(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="436"/>
        <source>&amp;File</source>
        <translation>ဖိုင်(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="437"/>
        <source>&amp;Safety</source>
        <translation>လုံခြုံရေး(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="438"/>
        <source>&amp;Go</source>
        <translation>သွားရန်(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="439"/>
        <source>&amp;Help</source>
        <translation>အကူအညီ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="442"/>
        <source>Lock</source>
        <translation>သော့ခတ်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="502"/>
        <source>Locked</source>
        <translation>သော့ခတ်ထားသည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="509"/>
        <source>Unlocked · opened with {method}</source>
        <translation>သော့ဖွင့်ထားသည် · {method} ဖြင့် ဖွင့်ထားသည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="511"/>
        <source>Unlocked</source>
        <translation>သော့ဖွင့်ထားသည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="516"/>
        <source>passphrase and keyring</source>
        <translation>စကားဝှက်နှင့် သော့တွဲ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="517"/>
        <source>passphrase</source>
        <translation>စကားဝှက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="518"/>
        <source>recovery key</source>
        <translation>ပြန်လည်ရယူရေးသော့</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="519"/>
        <source>keyring</source>
        <translation>သော့တွဲ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="535"/>
        <source>About BizHR Desktop</source>
        <translation>BizHR Desktop အကြောင်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="537"/>
        <source>BizHR Desktop {version}

Offline, encrypted records of the participants and human rights defenders of the Business Network. It opens no network connection.</source>
        <translation>BizHR Desktop {version}

Business Network ၏ ပါဝင်သူများနှင့် လူ့အခွင့်အရေး ကာကွယ်သူများ၏ အော့ဖ်လိုင်း၊ ကုဒ်ဝှက်ထားသော မှတ်တမ်းများ။ ၎င်းသည် မည်သည့် ကွန်ရက်ချိတ်ဆက်မှုကိုမျှ မဖွင့်ပါ။</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="196"/>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="199"/>
        <source>Say what each column of your file holds. Columns set to “Do not import” are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="206"/>
        <source>Column in your file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="206"/>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="206"/>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="211"/>
        <source>Column matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="237"/>
        <source>Import {column} as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="239"/>
        <source>Choose…</source>
        <translation type="unfinished">ရွေးရန်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="240"/>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="255"/>
        <source>{field} (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="282"/>
        <source>Say what the column “{column}” holds, or choose “Do not import”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="288"/>
        <source>Choose the column that holds “{field}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="294"/>
        <source>“{field}” is chosen for more than one column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingCounts</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="69"/>
        <source>Accepted {accepted} (attended {attended})</source>
        <translation>လက်ခံ {accepted} (တက်ရောက် {attended})</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="74"/>
        <source>No answer {count}</source>
        <translation>အဖြေမရှိ {count}</translation>
    </message>
</context>
<context>
    <name>MeetingDetails</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="100"/>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="101"/>
        <source>Focus</source>
        <translation>အဓိကထားချက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="102"/>
        <source>At the venue</source>
        <translation>ကျင်းပရာနေရာ၌</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="103"/>
        <source>In your zone</source>
        <translation>သင့်အချိန်ဇုန်တွင်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="104"/>
        <source>Format</source>
        <translation>ပုံစံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="107"/>
        <source>Venue</source>
        <translation>ကျင်းပရာနေရာ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="108"/>
        <source>In the margins of</source>
        <translation>တွဲဖက်ကျင်းပသည့် ပွဲ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="109"/>
        <source>Chatham House Rule</source>
        <translation>Chatham House စည်းမျဉ်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="110"/>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="122"/>
        <source>Agenda</source>
        <translation>ဆွေးနွေးမည့် အချက်များ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="179"/>
        <source>Yes</source>
        <translation>ဟုတ်သည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="179"/>
        <source>No</source>
        <translation>မဟုတ်ပါ</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="103"/>
        <source>Change meeting</source>
        <translation>အစည်းအဝေးကို ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="103"/>
        <source>New meeting</source>
        <translation>အစည်းအဝေး အသစ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="107"/>
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="108"/>
        <source>e.g. Deep Dive: Sudan</source>
        <translation>ဥပမာ အသေးစိတ် လေ့လာဆွေးနွေးပွဲ: ဆူဒန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="111"/>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="114"/>
        <source>Topic</source>
        <translation>အကြောင်းအရာ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="115"/>
        <source>e.g. mandatory human rights due diligence</source>
        <translation>ဥပမာ မဖြစ်မနေ လိုက်နာရမည့် လူ့အခွင့်အရေး ဂရုပြုစိစစ်မှု</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="116"/>
        <source>Focus countries</source>
        <translation>အဓိကထားသည့် နိုင်ငံများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="118"/>
        <source>Starts (venue time)</source>
        <translation>စတင်ချိန် (ကျင်းပရာနေရာ အချိန်)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="119"/>
        <source>Ends (venue time)</source>
        <translation>ပြီးဆုံးချိန် (ကျင်းပရာနေရာ အချိန်)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="121"/>
        <source>Venue time zone</source>
        <translation>ကျင်းပရာနေရာ၏ အချိန်ဇုန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="127"/>
        <source>Times at the venue</source>
        <translation>ကျင်းပရာနေရာရှိ အချိန်များ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="130"/>
        <source>Times in your zone</source>
        <translation>သင့်အချိန်ဇုန်ရှိ အချိန်များ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="135"/>
        <source>Format</source>
        <translation>ပုံစံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="138"/>
        <source>Venue</source>
        <translation>ကျင်းပရာနေရာ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="140"/>
        <source>Venue country</source>
        <translation>ကျင်းပရာ နိုင်ငံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="141"/>
        <source>Code or name, e.g. CH</source>
        <translation>ကုဒ် သို့မဟုတ် အမည်၊ ဥပမာ CH</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="144"/>
        <source>In the margins of</source>
        <translation>တွဲဖက်ကျင်းပသည့် ပွဲ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="146"/>
        <source>Held under the Chatham House Rule</source>
        <translation>Chatham House စည်းမျဉ်းဖြင့် ကျင်းပသည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="150"/>
        <source>Participants may use what is said, but not reveal who said it or who was there.</source>
        <translation>ပါဝင်သူများသည် ပြောဆိုခဲ့သည့်အရာကို အသုံးပြုနိုင်သော်လည်း မည်သူပြောခဲ့သည် သို့မဟုတ် မည်သူ တက်ရောက်ခဲ့သည်ကို ထုတ်ဖော်ခွင့် မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="154"/>
        <source>Agenda</source>
        <translation>ဆွေးနွေးမည့် အချက်များ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="158"/>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="164"/>
        <source>&amp;Title</source>
        <translation>ခေါင်းစဉ်(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="166"/>
        <source>&amp;Kind</source>
        <translation>အမျိုးအစား(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="167"/>
        <source>To&amp;pic</source>
        <translation>အကြောင်းအရာ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="168"/>
        <source>&amp;Focus countries</source>
        <translation>အဓိကထားသည့် နိုင်ငံများ(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="169"/>
        <source>&amp;Starts</source>
        <translation>စတင်ချိန်(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="170"/>
        <source>&amp;Ends</source>
        <translation>ပြီးဆုံးချိန်(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="171"/>
        <source>Time &amp;zone</source>
        <translation>အချိန်ဇုန်(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="187"/>
        <source>F&amp;ormat</source>
        <translation>ပုံစံ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="188"/>
        <source>&amp;Venue</source>
        <translation>ကျင်းပရာနေရာ(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="189"/>
        <source>Venue &amp;country</source>
        <translation>ကျင်းပရာ နိုင်ငံ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="191"/>
        <source>In the &amp;margins of</source>
        <translation>တွဲဖက်ကျင်းပသည့် ပွဲ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="193"/>
        <source>&amp;Agenda</source>
        <translation>ဆွေးနွေးမည့် အချက်များ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="194"/>
        <source>Stat&amp;us</source>
        <translation>အခြေအနေ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="316"/>
        <source>Choose a time zone from the list: type a city such as Geneva.</source>
        <translation>စာရင်းမှ အချိန်ဇုန်ကို ရွေးပါ: Geneva ကဲ့သို့ မြို့အမည်ကို ရိုက်ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="318"/>
        <source>At the venue: choose a time zone first.</source>
        <translation>ကျင်းပရာနေရာ၌: အချိန်ဇုန်ကို ဦးစွာ ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="328"/>
        <source>At the venue ({zone}): —</source>
        <translation>ကျင်းပရာနေရာ၌ ({zone}): —</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="330"/>
        <source>In your zone ({zone}): —</source>
        <translation>သင့်အချိန်ဇုန် ({zone}): —</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="334"/>
        <source>A meeting must end after it starts.</source>
        <translation>အစည်းအဝေးသည် စတင်ပြီးနောက်မှ ပြီးဆုံးရမည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="340"/>
        <source>At the venue ({zone}): {times}</source>
        <translation>ကျင်းပရာနေရာ၌ ({zone}): {times}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="345"/>
        <source>In your zone ({zone}): {times}</source>
        <translation>သင့်အချိန်ဇုန် ({zone}): {times}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="376"/>
        <source>A meeting needs a title.</source>
        <translation>အစည်းအဝေးတွင် ခေါင်းစဉ် လိုအပ်သည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="385"/>
        <source>Correct the fields marked above to save.</source>
        <translation>သိမ်းဆည်းရန် အထက်တွင် အမှတ်အသားပြထားသော အကွက်များကို ပြင်ပါ။</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="36"/>
        <source>Trends and Insights</source>
        <translation>ခေတ်ရေစီးကြောင်းနှင့် အမြင်များ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="37"/>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="47"/>
        <source>Deep Dive</source>
        <translation>အသေးစိတ် လေ့လာဆွေးနွေးပွဲ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="38"/>
        <source>Other meeting</source>
        <translation>အခြား အစည်းအဝေး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="46"/>
        <source>Trends &amp; Insights</source>
        <translation>ခေတ်ရေစီးကြောင်းနှင့် အမြင်များ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="48"/>
        <source>Other</source>
        <translation>အခြား</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="55"/>
        <source>In person</source>
        <translation>လူကိုယ်တိုင် တက်ရောက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="56"/>
        <source>Virtual</source>
        <translation>အွန်လိုင်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="57"/>
        <source>Hybrid</source>
        <translation>ရောနှောပုံစံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="73"/>
        <source>Planned</source>
        <translation>စီစဉ်ထားသည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="74"/>
        <source>Invitations sent</source>
        <translation>ဖိတ်စာများ ပို့ပြီး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="75"/>
        <source>Held</source>
        <translation>ကျင်းပပြီး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="76"/>
        <source>Cancelled</source>
        <translation>ဖျက်သိမ်းပြီး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="83"/>
        <source>Not in the margins of an event</source>
        <translation>မည်သည့်ပွဲနှင့်မျှ တွဲဖက်မကျင်းပ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="84"/>
        <source>UN General Assembly (New York)</source>
        <translation>ကုလသမဂ္ဂ အထွေထွေညီလာခံ (နယူးယောက်)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="85"/>
        <source>UN Forum on Business and Human Rights (Geneva)</source>
        <translation>စီးပွားရေးနှင့် လူ့အခွင့်အရေးဆိုင်ရာ ကုလသမဂ္ဂ ဖိုရမ် (ဂျနီဗာ)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="86"/>
        <source>WEF Annual Meeting (Davos)</source>
        <translation>WEF နှစ်ပတ်လည် အစည်းအဝေး (ဒါဗို့စ်)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="87"/>
        <source>Another event</source>
        <translation>အခြားပွဲ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="115"/>
        <source>Invited</source>
        <translation>ဖိတ်ကြားထား</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="116"/>
        <source>Accepted</source>
        <translation>လက်ခံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="117"/>
        <source>Declined</source>
        <translation>ငြင်းဆို</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="118"/>
        <source>Tentative</source>
        <translation>မသေချာသေး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="119"/>
        <source>Attended</source>
        <translation>တက်ရောက်ခဲ့</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="120"/>
        <source>No-show</source>
        <translation>မလာခဲ့</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="127"/>
        <source>Participant</source>
        <translation>ပါဝင်သူ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="128"/>
        <source>Speaker</source>
        <translation>ဟောပြောသူ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="129"/>
        <source>Organiser</source>
        <translation>စီစဉ်သူ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="136"/>
        <source>Open</source>
        <translation>မပြီးသေး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="137"/>
        <source>In progress</source>
        <translation>ဆောင်ရွက်ဆဲ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="138"/>
        <source>Done</source>
        <translation>ပြီးစီး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="139"/>
        <source>Dropped</source>
        <translation>ရပ်ဆိုင်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="146"/>
        <source>Critical</source>
        <translation>အရေးကြီးဆုံး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="147"/>
        <source>Warning</source>
        <translation>သတိပေးချက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="148"/>
        <source>Notice</source>
        <translation>အသိပေးချက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="156"/>
        <source>At-risk invitees from a focus country</source>
        <translation>အာရုံစိုက်နိုင်ငံမှ အန္တရာယ်ရှိ ဖိတ်ကြားခံရသူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="157"/>
        <source>Other at-risk invitees</source>
        <translation>အခြား အန္တရာယ်ရှိ ဖိတ်ကြားခံရသူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="158"/>
        <source>Venue in a focus country</source>
        <translation>အာရုံစိုက်နိုင်ငံတွင်ရှိသော နေရာ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="159"/>
        <source>Venue near a focus country</source>
        <translation>အာရုံစိုက်နိုင်ငံအနီးရှိ နေရာ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="160"/>
        <source>Venue country not recorded</source>
        <translation>နေရာ၏ နိုင်ငံ မှတ်တမ်းမတင်ရသေး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="161"/>
        <source>Not under the Chatham House Rule</source>
        <translation>Chatham House စည်းမျဉ်းအောက်တွင် မဟုတ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="162"/>
        <source>Consent missing for a list</source>
        <translation>စာရင်းအတွက် သဘောတူညီချက် မရှိ</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="222"/>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="417"/>
        <source>Meetings</source>
        <translation>အစည်းအဝေးများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="226"/>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="227"/>
        <source>Year of the programme</source>
        <translation>အစီအစဉ်၏ နှစ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="229"/>
        <source>New meeting</source>
        <translation>အစည်းအဝေး အသစ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="231"/>
        <source>Plan a meeting (Ctrl+N)</source>
        <translation>အစည်းအဝေး စီစဉ်ရန် (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="236"/>
        <source>Export programme</source>
        <translation>အစီအစဉ်ကို ထုတ်ယူရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="239"/>
        <source>Programme as PDF…</source>
        <translation>အစီအစဉ်ကို PDF အဖြစ်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="241"/>
        <source>Programme as HTML…</source>
        <translation>အစီအစဉ်ကို HTML အဖြစ်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="243"/>
        <source>Calendar (.ics)…</source>
        <translation>ပြက္ခဒိန် (.ics)…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="246"/>
        <source>Open follow-ups</source>
        <translation>မပြီးသေးသော နောက်ဆက်တွဲလုပ်ငန်းများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="254"/>
        <source>Working…</source>
        <translation>လုပ်ဆောင်နေသည်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="288"/>
        <source>Edit…</source>
        <translation>ပြင်ဆင်ရန်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="289"/>
        <source>Change this meeting (Ctrl+E)</source>
        <translation>ဤအစည်းအဝေးကို ပြင်ဆင်ရန် (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="292"/>
        <source>Cancel meeting…</source>
        <translation>အစည်းအဝေးကို ဖျက်သိမ်းရန်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="296"/>
        <source>Check-in at the door</source>
        <translation>တံခါးဝတွင် ရောက်ရှိမှတ်တမ်းတင်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="297"/>
        <source>A large screen for the door (Ctrl+Shift+K)</source>
        <translation>တံခါးဝအတွက် မျက်နှာပြင်ကြီး (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="300"/>
        <source>Invitation drafts…</source>
        <translation>ဖိတ်စာ မူကြမ်းများ…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="304"/>
        <source>Select a meeting in the programme above, or press Ctrl+N to plan one.</source>
        <translation>အထက်ရှိ အစီအစဉ်မှ အစည်းအဝေးတစ်ခုကို ရွေးပါ သို့မဟုတ် အသစ်စီစဉ်ရန် Ctrl+N ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="338"/>
        <source>Details</source>
        <translation>အသေးစိတ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="339"/>
        <source>Invitations</source>
        <translation>ဖိတ်ကြားချက်များ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="340"/>
        <source>Attendance</source>
        <translation>တက်ရောက်မှု</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="341"/>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="617"/>
        <source>Safety review</source>
        <translation>လုံခြုံရေး သုံးသပ်ချက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="342"/>
        <source>Follow-ups</source>
        <translation>နောက်ဆက်တွဲလုပ်ငန်းများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="619"/>
        <source>Safety review ⚠ to sign off</source>
        <translation>လုံခြုံရေး သုံးသပ်ချက် ⚠ အတည်ပြုရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="621"/>
        <source>Safety review ✓</source>
        <translation>လုံခြုံရေး သုံးသပ်ချက် ✓</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="668"/>
        <source>Meeting saved.</source>
        <translation>အစည်းအဝေးကို သိမ်းဆည်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="684"/>
        <source>The meeting is cancelled; it stays in the programme.</source>
        <translation>အစည်းအဝေးကို ဖျက်သိမ်းလိုက်သည်၊ ၎င်းသည် အစီအစဉ်ထဲတွင် ကျန်ရှိနေမည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="733"/>
        <source>Save the {year} programme</source>
        <translation>{year} အစီအစဉ်ကို သိမ်းရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="749"/>
        <source>Programme written: {count} meeting(s) in {file}.</source>
        <translation>အစီအစဉ်ကို ရေးပြီး: {file} တွင် အစည်းအဝေး {count} ခု။</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="136"/>
        <source>Message</source>
        <translation>မက်ဆေ့ချ်</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../bizhr_desktop/core/countries.py" line="177"/>
        <source>Country “{excerpt}” could be {countries}: say which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/countries.py" line="194"/>
        <source>Country “{excerpt}” is not one we know: use its English name (such as “Kenya”) or its two-letter code (such as “KE”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/countries.py" line="204"/>
        <source>“{excerpt}” is not a two-letter ISO 3166-1 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="233"/>
        <source>{name} must be one of {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="245"/>
        <source>{name} must be a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="254"/>
        <source>{name} must carry a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="292"/>
        <source>full_name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="358"/>
        <location filename="../../bizhr_desktop/services/organisations.py" line="377"/>
        <source>An organisation needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="412"/>
        <source>A meeting needs a title.</source>
        <translation type="unfinished">အစည်းအဝေးတွင် ခေါင်းစဉ် လိုအပ်သည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="421"/>
        <source>A meeting cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="426"/>
        <source>time_zone must be an IANA time zone name such as &apos;Europe/Zurich&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="479"/>
        <source>A follow-up needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/policy.py" line="113"/>
        <source>Give the series a name (e.g. the co-host&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/policy.py" line="169"/>
        <source>The smallest group shown under pseudonyms can only be raised from {minimum}, not lowered (asked for {asked}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/policy.py" line="177"/>
        <source>A {audience} list cannot include {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/policy.py" line="184"/>
        <source>A {audience} list needs a risk ceiling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/policy.py" line="190"/>
        <source>A {audience} list can name people up to {highest} risk at most, not {asked}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/pseudonym.py" line="46"/>
        <source>A pseudonym can only be made from a person&apos;s UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/pseudonym.py" line="75"/>
        <source>A list label can only be made from a person&apos;s UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="69"/>
        <source>{field}: “{value}” is not yes or no (write yes/no, true/false or 1/0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="97"/>
        <source>{field}: “{value}” is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="104"/>
        <source>{field}: “{value}” contains spaces or invisible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="110"/>
        <source>{field}: “{value}” must contain exactly one @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="117"/>
        <source>{field}: “{value}” has no name (or too long a name) before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="123"/>
        <source>{field}: “{value}” has a misplaced dot before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="129"/>
        <source>{field}: “{value}” contains characters an address cannot hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="137"/>
        <source>{field}: “{value}” needs a domain with a dot after the @ (such as example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="150"/>
        <location filename="../../bizhr_desktop/core/validation.py" line="156"/>
        <source>{field}: “{value}” has a domain that is not valid after the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="179"/>
        <source>{field}: “{value}” has no country code: write it with + and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="184"/>
        <source>{field}: “{value}” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="188"/>
        <source>{field}: “{value}” is not a valid phone number for its country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="239"/>
        <source>{field}: “{value}” is a language without a two-letter ISO 639-1 code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="247"/>
        <source>{field}: “{value}” is not a language we know: use a two-letter code (such as fr) or its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="265"/>
        <source>{field}: “{value}” is not a date written yyyy-mm-dd (such as 2025-03-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="273"/>
        <source>{field}: “{value}” is not a day of the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/_resources.py" line="19"/>
        <source>The program&apos;s resources folder is missing ({folder}); reinstall it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/_resources.py" line="30"/>
        <source>The font {file_name} is missing from {folder}; reinstall the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="91"/>
        <source>This file is not a BizHR bundle, or its header is damaged ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="97"/>
        <source>This bundle is incomplete: it ends too early, probably because copying it was interrupted. Copy it again from the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="104"/>
        <source>This bundle was altered after it was made ({detail}). Do not use this copy; ask the sender for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="186"/>
        <source>A bundle needs a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="191"/>
        <source>The bundle could not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="245"/>
        <source>The passphrase does not open this bundle. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="337"/>
        <source>A passphrase needs at least 5 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="45"/>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="47"/>
        <source>The file is {size} MB; files over {limit} MB are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="56"/>
        <source>The file is not valid UTF-8 text (line {line}, byte {byte}). Save it again as “CSV UTF-8” and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="64"/>
        <source>The file contains a NUL character at line {line}; it is not a CSV text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="73"/>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="169"/>
        <source>Row {row}, column {column}{column_name} holds more than {limit:,} characters; cells that large are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="117"/>
        <source>The file has more than {limit:,} rows; it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="136"/>
        <source>Row {row} (line {start_line}) opens a quote that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="155"/>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="188"/>
        <source>Row {row} has more than {limit} columns; files that wide are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="170"/>
        <source>Row {row} (line {line}): text follows a closing quote; a quote inside a quoted cell must be doubled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="211"/>
        <source>The file is empty; a header row with column names is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="241"/>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="226"/>
        <source>Row {row} has {cells} cells but the header has {columns}; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="253"/>
        <source>A value contains a NUL character and cannot be written to CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="27"/>
        <source>The name or address of {what} contains a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="31"/>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="33"/>
        <source>The e-mail address of {what} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="46"/>
        <source>The subject must fit on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="67"/>
        <source>An e-mail draft could not be written: an address cannot be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="99"/>
        <source>There is nobody to invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="42"/>
        <source>“{name}” is not a known time zone (for example Europe/Zurich or Africa/Khartoum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="51"/>
        <source>The meeting “{title}” has a start or end without a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="54"/>
        <source>The meeting “{title}” ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="57"/>
        <source>“{status}” is not a calendar status ({statuses}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="62"/>
        <source>The meeting “{title}” has no usable identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="116"/>
        <source>The calendar file is too large to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="120"/>
        <source>The file is not a valid iCalendar (.ics) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="126"/>
        <source>A calendar event has an all-day date instead of a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/pdf_io.py" line="316"/>
        <source>The PDF could not be produced ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/pdf_io.py" line="383"/>
        <source>A row has {cells} cells but the header has {columns}; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="62"/>
        <source>A cell contains a NUL character; the file is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="120"/>
        <source>1 row does not match the header; nothing was imported. {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="124"/>
        <source>{count} rows do not match the header; nothing was imported. {rows}; and {more} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="132"/>
        <source>{count} rows do not match the header; nothing was imported. {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="150"/>
        <source>The first row is empty; a header row with column names is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="154"/>
        <source>Column {columns} of the header row has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="166"/>
        <source>The header row names the same column more than once: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="53"/>
        <source>This spreadsheet is password-protected or in the old .xls format. Remove the password and save it as .xlsx, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="60"/>
        <source>The file is not an .xlsx spreadsheet (it is not a zip archive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="66"/>
        <source>The spreadsheet holds {parts:,} internal parts; more than {limit:,} is not a normal .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="74"/>
        <source>Part of the spreadsheet is encrypted; it cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="82"/>
        <source>The spreadsheet expands more than {ratio} times when opened (a “zip bomb”); it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="88"/>
        <source>The spreadsheet would take {size:,} MB once opened; the limit is {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="126"/>
        <source>The spreadsheet is damaged or not an .xlsx file; it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="136"/>
        <source>The spreadsheet has no sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="149"/>
        <source>The sheet has more than {limit:,} rows; it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="158"/>
        <source>Row {row} has more than {limit} columns; sheets that wide are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="190"/>
        <source>The spreadsheet is damaged; its first sheet cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="194"/>
        <source>The first sheet is empty; a header row with column names is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="204"/>
        <source>The bundle could not be read: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="231"/>
        <source>This bundle opened, but some of its records are not valid, so nothing was imported: {problems}; and {more} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="237"/>
        <source>This bundle opened, but some of its records are not valid, so nothing was imported: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="245"/>
        <source>This bundle opened, but its content is not a valid BizHR bundle ({detail}); nothing was imported. Ask the sender to export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="472"/>
        <source>This file is an encrypted age file, but what it holds is not a BizHR bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="479"/>
        <source>This bundle was made by a newer BizHR Desktop (bundle format version {version}; this one reads version {supported}). Update BizHR Desktop to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="675"/>
        <source>The vault changed since this merge was previewed; nothing was imported. Preview the merge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/demo.py" line="620"/>
        <source>The number of {what} for demo data is between 0 and {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/demo.py" line="648"/>
        <source>This vault already holds records; demo data goes only into an empty vault, so that fictional people never mix with real ones. Create a new vault for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="203"/>
        <source>Choose the meeting whose list you want to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="205"/>
        <source>A filtered export needs the filter to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="249"/>
        <source>Only a meeting&apos;s list can be marked as an attendance record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="256"/>
        <source>A list for another coordinator (internal) holds every field, notes and risk levels included, so it is written only as an encrypted bundle. Choose the bundle format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="262"/>
        <source>An encrypted bundle holds full records and is only for another coordinator (the internal audience). For a venue, co-organisers or the public choose CSV, XLSX or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="608"/>
        <source>These full records can only be written as an encrypted bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="666"/>
        <location filename="../../bizhr_desktop/services/travel.py" line="644"/>
        <source>That bundle passphrase is too weak. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="705"/>
        <source>Only an encrypted bundle takes a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/followups.py" line="87"/>
        <source>The {what} is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/followups.py" line="97"/>
        <source>A follow-up&apos;s status is one of {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/followups.py" line="110"/>
        <location filename="../../bizhr_desktop/services/invitations.py" line="538"/>
        <source>There is no organisation with that id in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/followups.py" line="124"/>
        <location filename="../../bizhr_desktop/services/followups.py" line="169"/>
        <source>A follow-up needs a text: what should be done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/followups.py" line="150"/>
        <source>There is no follow-up with that id in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="690"/>
        <source>{file}: only .csv (UTF-8) and .xlsx files can be imported. Save the spreadsheet in one of those formats and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="364"/>
        <source>Every person needs a name; this cell is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="365"/>
        <source>Every organisation needs a name; this cell is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="366"/>
        <source>This cell is empty; write one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="367"/>
        <source>“{value}” is not one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="368"/>
        <source>“{value}” is not a record id (a UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="370"/>
        <source>The same id is already on row {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="371"/>
        <source>The same organisation is already on row {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="373"/>
        <source>This column name repeats “{other}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="375"/>
        <source>This column is not one BizHR knows: match it to a field or choose not to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="377"/>
        <source>The file has no such column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="378"/>
        <source>“{value}” is not a field BizHR knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="379"/>
        <source>Both “{other}” and this column are matched to {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="380"/>
        <source>The file has no column for {label}, which every row needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="1044"/>
        <source>The check was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="1203"/>
        <source>The columns of this file have {count} problem(s); nothing was imported. {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="1209"/>
        <source>{bad_rows} of {total_rows} rows have problems; nothing was imported. Fix them, or choose to skip the bad rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="1245"/>
        <location filename="../../bizhr_desktop/services/importing.py" line="1302"/>
        <location filename="../../bizhr_desktop/services/importing.py" line="1385"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="210"/>
        <source>An invitation&apos;s status is one of {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="218"/>
        <source>An invitee&apos;s role is one of {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="240"/>
        <source>This meeting is cancelled: nobody can be invited to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="288"/>
        <source>A stakeholder group is one of {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="303"/>
        <source>One of the organisations chosen is not in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="311"/>
        <source>Choose at least one stakeholder group, country or organisation (or invite every active participant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="321"/>
        <source>There is no person with that id in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="354"/>
        <location filename="../../bizhr_desktop/services/invitations.py" line="393"/>
        <location filename="../../bizhr_desktop/services/invitations.py" line="409"/>
        <source>That person is not invited to this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="569"/>
        <source>Drafts are written one per invitee or as one Bcc draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="609"/>
        <source>Nobody invited to this meeting can be given a draft: {without_email} without an e-mail address, {unusable_email} with an address that cannot be used, {held_back} at high risk to reach through their secure channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="121"/>
        <source>A time without a time zone cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="148"/>
        <source>“{name}” is not a time zone we know: use a name such as Europe/Zurich (for Geneva and Davos) or America/New_York.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="169"/>
        <source>{when} does not exist in {zone}: the clocks go forward then. Choose a time an hour later or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="176"/>
        <source>{when} happens twice in {zone}: the clocks go back then. Choose a time outside that hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="278"/>
        <location filename="../../bizhr_desktop/services/meetings.py" line="475"/>
        <source>There is no meeting with that id in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="350"/>
        <source>A meeting must end after it starts.</source>
        <translation type="unfinished">အစည်းအဝေးသည် စတင်ပြီးနောက်မှ ပြီးဆုံးရမည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="430"/>
        <source>A meeting&apos;s status is one of {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="482"/>
        <source>Give a meeting&apos;s id, or at least its first 4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="488"/>
        <source>There is no meeting whose id starts with {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="491"/>
        <source>More than one meeting&apos;s id starts with {text}: give more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="539"/>
        <source>A programme&apos;s year must have four digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="592"/>
        <source>Say which year or which meetings to put in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="606"/>
        <source>A programme can be written as {formats}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="68"/>
        <source>website: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="77"/>
        <source>“{excerpt}” is not a web address (such as https://example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="105"/>
        <source>This organisation cannot be saved as it is. {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="165"/>
        <location filename="../../bizhr_desktop/services/organisations.py" line="317"/>
        <source>No organisation with that id is in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="967"/>
        <location filename="../../bizhr_desktop/services/organisations.py" line="88"/>
        <location filename="../../bizhr_desktop/services/organisations.py" line="229"/>
        <source>An organisation name is at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="235"/>
        <source>Another organisation is already called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="240"/>
        <source>A sector is at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="250"/>
        <source>A web address is at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="259"/>
        <source>A commitment date needs a public commitment: tick “Publicly committed” or clear the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="274"/>
        <source>An organisation called “{name}” is already in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="132"/>
        <source>This person cannot be saved as it is. {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="241"/>
        <source>The retention period is between 1 and {limit} months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="314"/>
        <source>A page starts at 0 and holds 0 or more rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="332"/>
        <source>A page holds 0 or more rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="338"/>
        <source>This cursor belongs to a list sorted another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="355"/>
        <location filename="../../bizhr_desktop/services/people.py" line="385"/>
        <location filename="../../bizhr_desktop/services/people.py" line="409"/>
        <source>No person with that id is in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="372"/>
        <location filename="../../bizhr_desktop/services/people.py" line="532"/>
        <source>A person with this id is already in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="566"/>
        <source>A contact summary is at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="569"/>
        <source>The channel is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="795"/>
        <source>A person cannot be merged with themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="985"/>
        <source>A tag is at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="988"/>
        <source>A tag cannot contain “;” (it separates tags) or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="1038"/>
        <source>This is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="1040"/>
        <source>This contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="1043"/>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="369"/>
        <location filename="../../bizhr_desktop/services/people.py" line="1075"/>
        <source>This date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people_query.py" line="388"/>
        <source>A list can be sorted by {keys}; not by that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="47"/>
        <source>Wrong PIN. One more try, then the passphrase is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="50"/>
        <source>Wrong PIN. {tries} more tries, then the passphrase is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="59"/>
        <source>Three wrong PINs: type your passphrase to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="74"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="131"/>
        <source>Unlock with your passphrase first, then choose a PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="214"/>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1177"/>
        <source>Wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="412"/>
        <source>Say why the flag may stand: what you checked and decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="415"/>
        <source>The reason is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="467"/>
        <source>The review of this meeting no longer raises that flag: look at the review again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="475"/>
        <source>Say who signs the safety review off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="478"/>
        <source>The signer&apos;s name is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="485"/>
        <source>Record the meeting&apos;s risk assessment before signing its safety review off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="489"/>
        <source>{count} critical flag(s) are not checked yet: {which}. Look at each one and mark it checked, with a reason, before signing the review off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="533"/>
        <source>No plaintext {purpose} of this meeting can leave the vault yet: {why}. Review the meeting&apos;s flags and sign them off, or give a reason to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="53"/>
        <source>The setting {setting} is on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="57"/>
        <source>The setting {setting} is a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="60"/>
        <source>The setting {setting} must be between {minimum} and {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="67"/>
        <source>The setting {setting} needs a keyboard shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="174"/>
        <source>There is no setting called {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="478"/>
        <source>Records changed while the travel bundle was being written, so nothing was moved and the bundle was removed. Plan the travel again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="525"/>
        <source>This travel bundle opened, but its content is not valid ({detail}); nothing was changed. Use another copy of the bundle if you have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="544"/>
        <source>This is a bundle for sharing records with a colleague, not a travel bundle. Import it with “Import bundle” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="549"/>
        <source>This file is an encrypted age file, but what it holds is not a BizHR travel bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="556"/>
        <source>This travel bundle was made by a newer BizHR Desktop (travel format version {version}). Update BizHR Desktop to bring these records back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="605"/>
        <source>The travel bundle could not be read: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="654"/>
        <source>{file} already exists; choose a new file name, so that no earlier travel bundle is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="659"/>
        <source>The folder for {file} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="767"/>
        <source>Nothing to move: no record matches what you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="789"/>
        <source>The travel bundle did not read back exactly as written, so nothing was moved and the bundle was removed. Try another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="825"/>
        <source>This travel bundle was made from another vault, not this one. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="832"/>
        <source>This travel bundle belongs to this vault, but the vault has no record of it leaving (was the vault restored from an older backup?). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="838"/>
        <source>These records were already brought back on {date}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/vaults.py" line="62"/>
        <source>That passphrase is too weak: {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/vaults.py" line="82"/>
        <source>The unlock time must be between 0.1 and 10 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/vaults.py" line="186"/>
        <source>That is not this vault&apos;s passphrase; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/vaults.py" line="256"/>
        <source>The duress mode is &apos;decoy&apos; or &apos;erase&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="61"/>
        <source>The vault file is damaged ({detail}). Your key is right, but the data does not pass its integrity check. Restore it from a backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="85"/>
        <source>{what} is read-only here; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="90"/>
        <location filename="../../bizhr_desktop/vault/files.py" line="45"/>
        <source>The disk is full: could not write {what}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="93"/>
        <source>This vault is busy in another BizHR window or command. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="101"/>
        <source>The disk is full: could not open or write {what}. Free some space (delete or move other files), then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="106"/>
        <source>Could not read or write {what}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="224"/>
        <source>This file is not encrypted the way BizHR encrypts vaults (its header is in plaintext: cipher_plaintext_header_size). It was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="237"/>
        <source>This BizHR build has SQLCipher {version}; version 4 is required. Reinstall BizHR Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="249"/>
        <source>This vault uses an unexpected encryption setting ({name}); BizHR opens only vaults with SQLCipher 4&apos;s default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="280"/>
        <source>Could not set {name} on the vault (got {actual}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="288"/>
        <source>Could not set SQLCipher&apos;s memory security to {wanted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="298"/>
        <source>This vault was written by a newer BizHR Desktop (schema {current}; this program knows up to {latest}). Update the program to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="357"/>
        <location filename="../../bizhr_desktop/vault/vault.py" line="432"/>
        <source>The vault is locked.</source>
        <translation type="unfinished">လုံခြုံသေတ္တာကို သော့ခတ်ထားသည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="427"/>
        <source>The vault was locked before this change could be saved; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="563"/>
        <source>The vault&apos;s recent changes could not be folded into its file (it is busy); nothing was written. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="581"/>
        <source>The disk is full: the vault could not be re-encrypted under a new key (that needs about the vault&apos;s own size free). Nothing was changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="586"/>
        <source>The vault could not be re-encrypted under a new key ({reason}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="592"/>
        <source>The vault could not be re-encrypted under a new key (its changes could not be folded into the file). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="48"/>
        <source>Permission denied: could not write {what}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="51"/>
        <source>Could not write {what}: {reason}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="248"/>
        <source>&apos;-&apos; (standard output) cannot be used here; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="255"/>
        <source>{shown} is a file of a vault (the vault itself, its key file or a file SQLite keeps beside it); writing there would destroy records. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="267"/>
        <source>Cannot check {shown}: {reason}. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="272"/>
        <source>{shown} is a folder; give a file name to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="275"/>
        <source>{shown} is not an ordinary file (a device, pipe or socket); nothing was written. To write to standard output, give - as the file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="283"/>
        <source>{shown} is a BizHR backup or key file; writing there would destroy it. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="288"/>
        <source>{shown} already exists; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="301"/>
        <location filename="../../bizhr_desktop/vault/files.py" line="311"/>
        <source>{file} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="303"/>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="306"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="314"/>
        <source>{file} is not an ordinary file (a pipe, device or socket); save {what} to a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="321"/>
        <source>{file} is {size} MB; {what} over {limit} MB is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="333"/>
        <source>{file} grew while it was read; nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="343"/>
        <source>{folder} is a file, not a folder; choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="368"/>
        <location filename="../../bizhr_desktop/vault/files.py" line="384"/>
        <source>This vault is already open in another BizHR window or command. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="400"/>
        <source>The vault&apos;s lock is not held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="61"/>
        <source>{which} could not be started ({error}); BizHR will not use it. Use a passphrase-only vault, or fix the keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="90"/>
        <source>No secure OS keyring is available on this computer (keyring&apos;s ChainerBackend chains: {chained}). Use a passphrase-only vault, or start your desktop&apos;s keyring (GNOME Keyring, KWallet, KeePassXC) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="97"/>
        <source>The keyring backend &apos;{name}&apos; stores secrets in a plain file, so BizHR will not use it. Remove the keyrings.alt package, or use a passphrase-only vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="107"/>
        <source>No secure OS keyring is available on this computer (keyring backend &apos;{name}&apos;). Use a passphrase-only vault, or start your desktop&apos;s keyring (GNOME Keyring, KWallet, KeePassXC) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="113"/>
        <source>The keyring backend &apos;{name}&apos; is not one BizHR trusts. Only the macOS Keychain, Windows Credential Locker, Secret Service and KWallet are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="124"/>
        <source>The OS keyring ({backend}) refused to store the vault&apos;s key ({error}). Is it locked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="136"/>
        <source>The OS keyring ({backend}) could not be read ({error}). Is it locked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="151"/>
        <source>The OS keyring ({backend}) could not delete the vault&apos;s key ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="118"/>
        <source>Argon2id memory must be between 64 and 256 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="120"/>
        <source>Argon2id iterations or lanes are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="122"/>
        <source>Argon2id memory and iterations together ask too much work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="230"/>
        <source>That is not a recovery key: it has 32 letters and digits, in groups of four.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="276"/>
        <source>Every key slot of this vault is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="335"/>
        <source>This vault&apos;s key file was written by a newer BizHR Desktop. Update the program to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="407"/>
        <source>The vault&apos;s key file is damaged ({detail}). Restore the vault and its key file from a backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="515"/>
        <source>Wrong passphrase or recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="525"/>
        <source>The vault&apos;s key file was altered: its parts do not belong together. Restore the vault and its key file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="86"/>
        <source>There is no vault at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="91"/>
        <source>The vault&apos;s key file ({file}) is missing. It must sit beside the vault; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="97"/>
        <source>Could not read the key file {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="155"/>
        <location filename="../../bizhr_desktop/vault/vault.py" line="217"/>
        <source>A vault already exists at {path}; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="161"/>
        <source>Unknown unlock method &apos;{method}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="306"/>
        <source>This vault is missing its last 1 saved change: its key file records {recorded}, the vault file holds {held}. The file {file}-wal, which held them until they were written into the vault file, is missing or damaged, or the vault file is an older copy. If you have that -wal file (or the newer vault file), put it back beside the vault and open it again. Otherwise restore the vault from a backup, or open it as it is, without those changes, with: bizhr verify {path} --accept-missing-changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="321"/>
        <source>This vault is missing its last {missing} saved changes: its key file records {recorded}, the vault file holds {held}. The file {file}-wal, which held them until they were written into the vault file, is missing or damaged, or the vault file is an older copy. If you have that -wal file (or the newer vault file), put it back beside the vault and open it again. Otherwise restore the vault from a backup, or open it as it is, without those changes, with: bizhr verify {path} --accept-missing-changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="652"/>
        <source>This computer&apos;s keyring has no key for this vault, so a duress passphrase cannot be checked against your passphrase. Re-link the keyring first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="656"/>
        <source>The duress passphrase must differ from the vault&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="666"/>
        <source>The duress passphrase must differ from the vault&apos;s recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="699"/>
        <source>This vault has no passphrase to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="706"/>
        <source>This computer&apos;s keyring has no key for this vault. Re-link the keyring first, then change the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="794"/>
        <source>Give the passphrase that is to open the vault from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="802"/>
        <source>This computer&apos;s keyring has no key for this vault. Re-link the keyring first, then revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="848"/>
        <source>That is not this vault&apos;s duress passphrase; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="855"/>
        <source>The new passphrase is the duress passphrase; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="877"/>
        <source>That is not this vault&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="966"/>
        <source>The vault file became shorter while it was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="994"/>
        <source>The backup {name} is damaged: {what}. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1000"/>
        <source>There is no backup at {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1002"/>
        <source>{name} is a folder, not a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1005"/>
        <source>Cannot read {backup}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1012"/>
        <source>{name} is not an ordinary file; it cannot be a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1015"/>
        <source>{name} is not a BizHR backup (too short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1018"/>
        <source>{name} is not a BizHR backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1136"/>
        <source>Cannot open with the keyring alone: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1141"/>
        <source>Give a passphrase or a recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1169"/>
        <source>That recovery key does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1172"/>
        <source>Wrong passphrase. (Also, {problem}: if this vault was set up with the keyring, open it with your recovery key, then re-link this computer&apos;s keyring.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1214"/>
        <source>A vault already exists at {path}. Restore to a new name, or move it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1234"/>
        <source>The backup {file} became shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="68"/>
        <source>Type a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="74"/>
        <source>Too short: use at least {length} characters, or four or more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="82"/>
        <source>Built on a very common word. Use four or more unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="87"/>
        <source>Too easy to guess. Add words or mix in unusual ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="90"/>
        <source>Acceptable. A few more words would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="92"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="93"/>
        <source>Very strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="62"/>
        <source>Notice</source>
        <translation>အသိပေးချက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="63"/>
        <source>&amp;Dismiss</source>
        <translation>ပိတ်ရန်(&amp;D)</translation>
    </message>
</context>
<context>
    <name>OpenFollowUpsView</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="275"/>
        <source>Open follow-ups across the programme</source>
        <translation>အစီအစဉ်တစ်ခုလုံးရှိ မပြီးသေးသော နောက်ဆက်တွဲလုပ်ငန်းများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="277"/>
        <source>Back to the programme (Esc)</source>
        <translation>အစီအစဉ်သို့ ပြန်သွားရန် (Esc)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="285"/>
        <source>Overdue ones come first and say “overdue” next to their date. Double-click one to open its meeting.</source>
        <translation>ရက်လွန်နေသည်များကို ရှေ့ဆုံးတွင် ပြပြီး ရက်စွဲဘေးတွင် “ရက်လွန်” ဟု ဖော်ပြထားသည်။ ၎င်း၏ အစည်းအဝေးကို ဖွင့်ရန် တစ်ခုကို နှစ်ချက်နှိပ်ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="292"/>
        <source>Open follow-ups</source>
        <translation>မပြီးသေးသော နောက်ဆက်တွဲလုပ်ငန်းများ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="316"/>
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>မပြီးသေးသော နောက်ဆက်တွဲလုပ်ငန်း %n ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="318"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>ရက်လွန် %n ခု</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="61"/>
        <source>Not set</source>
        <translation>မသတ်မှတ်ရသေး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="67"/>
        <source>Clear this date</source>
        <translation>ဤရက်စွဲကို ရှင်းရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="68"/>
        <source>Clear {field}</source>
        <translation>{field} ကို ရှင်းရန်</translation>
    </message>
</context>
<context>
    <name>OrganisationAttendanceView</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="83"/>
        <source>Meetings</source>
        <translation>အစည်းအဝေးများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="87"/>
        <source>Date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="88"/>
        <source>Meeting</source>
        <translation>အစည်းအဝေး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="89"/>
        <source>Invited</source>
        <translation>ဖိတ်ကြားထား</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="90"/>
        <source>Accepted</source>
        <translation>လက်ခံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="91"/>
        <source>Attended</source>
        <translation>တက်ရောက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="93"/>
        <source>Attendance of this organisation&apos;s people</source>
        <translation>ဤအဖွဲ့အစည်းမှ လူများ၏ တက်ရောက်မှု</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="95"/>
        <source>None of its people was invited to a meeting yet.</source>
        <translation>၎င်း၏ လူများထဲမှ မည်သူ့ကိုမျှ အစည်းအဝေးသို့ မဖိတ်ရသေးပါ။</translation>
    </message>
</context>
<context>
    <name>OrganisationEditDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="56"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="120"/>
        <source>Edit organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="60"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="91"/>
        <source>Name</source>
        <translation type="unfinished">အမည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="62"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="92"/>
        <source>Kind</source>
        <translation type="unfinished">အမျိုးအစား</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="66"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="93"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="67"/>
        <source>e.g. Mining, Garments, Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="69"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="94"/>
        <source>Country</source>
        <translation type="unfinished">နိုင်ငံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="70"/>
        <source>Name or two-letter code, e.g. Kenya</source>
        <translation type="unfinished">အမည် သို့မဟုတ် စာလုံးနှစ်လုံး ကုဒ်၊ ဥပမာ Kenya</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="73"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="95"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="77"/>
        <source>Publicly committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="78"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="96"/>
        <source>Public commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="81"/>
        <source>The organisation has publicly signalled its commitment: its name may then appear in lists shared with others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="85"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="97"/>
        <source>Committed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="114"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="171"/>
        <source>Its name is public: it may appear in lists shared with others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="174"/>
        <source>Its name is treated as identifying: shared lists leave it out unless the people in them agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="207"/>
        <source>Correct the fields marked above to save.</source>
        <translation type="unfinished">သိမ်းဆည်းရန် အထက်တွင် အမှတ်အသားပြထားသော အကွက်များကို ပြင်ပါ။</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="133"/>
        <source>Name</source>
        <translation type="unfinished">အမည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="134"/>
        <source>Kind</source>
        <translation type="unfinished">အမျိုးအစား</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="135"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="136"/>
        <source>Country</source>
        <translation type="unfinished">နိုင်ငံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="137"/>
        <source>Public commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="138"/>
        <source>Committed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="139"/>
        <source>People</source>
        <translation type="unfinished">လူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="162"/>
        <source>Yes</source>
        <translation type="unfinished">ဟုတ်သည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="162"/>
        <source>No</source>
        <translation type="unfinished">မဟုတ်ပါ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="178"/>
        <source>Publicly committed: its name may be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="179"/>
        <source>Not publicly committed: its name is treated as identifying.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="82"/>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="103"/>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="208"/>
        <source>Organisations</source>
        <translation>အဖွဲ့အစည်းများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="85"/>
        <source>Search organisations (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="86"/>
        <source>Search organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="88"/>
        <source>Import…</source>
        <translation type="unfinished">တင်သွင်းရန်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="89"/>
        <source>Import organisations from a CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="92"/>
        <source>Edit…</source>
        <translation type="unfinished">ပြင်ဆင်ရန်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="94"/>
        <source>Edit the selected organisation (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="137"/>
        <source>People of this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="151"/>
        <source>Select an organisation to see who belongs to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="288"/>
        <source>No organisations yet. They are added with people, or imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="293"/>
        <source>%n organisation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="357"/>
        <source>Saved. “{name}” no longer matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="387"/>
        <source>Publicly committed since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="389"/>
        <source>Publicly committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="392"/>
        <source>No public commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="400"/>
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform>လူ %n ဦး</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="404"/>
        <source>%n more at high or critical risk, not listed here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanicAction</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/panic.py" line="44"/>
        <location filename="../../bizhr_desktop/ui/shell/panic.py" line="50"/>
        <source>&amp;Panic lock</source>
        <translation>အရေးပေါ် သော့ခတ်ရန်(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/panic.py" line="61"/>
        <source>Lock at once and hide the window ({shortcut})</source>
        <translation>ချက်ချင်း သော့ခတ်ပြီး ဝင်းဒိုးကို ဖျောက်ရန် ({shortcut})</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="54"/>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="72"/>
        <source>Show</source>
        <translation>ပြရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="58"/>
        <source>Show the passphrase</source>
        <translation>စကားဝှက်ကို ပြရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="59"/>
        <source>Show or hide what you typed</source>
        <translation>ရိုက်ထည့်ထားသည်ကို ပြရန် သို့မဟုတ် ဖျောက်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="72"/>
        <source>Hide</source>
        <translation>ဖျောက်ရန်</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="41"/>
        <source>The bundle&apos;s passphrase</source>
        <translation>ဒေတာအထုပ်၏ စကားဝှက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="44"/>
        <source>The other coordinator needs this passphrase to open the bundle. It is not stored anywhere: note it now.</source>
        <translation>အခြားညှိနှိုင်းရေးမှူးသည် ဒေတာအထုပ်ကို ဖွင့်ရန် ဤစကားဝှက် လိုအပ်သည်။ ၎င်းကို မည်သည့်နေရာတွင်မျှ မသိမ်းထားပါ: ယခုပင် မှတ်ထားပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="48"/>
        <source>Write the bundle</source>
        <translation>ဒေတာအထုပ်ကို ရေးရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="49"/>
        <source>Use this generated passphrase</source>
        <translation>ဤထုတ်ပေးထားသော စကားဝှက်ကို သုံးရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="50"/>
        <source>Type my own</source>
        <translation>ကိုယ်ပိုင် စကားဝှက် ရိုက်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="63"/>
        <source>Generated passphrase</source>
        <translation>ထုတ်ပေးထားသော စကားဝှက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="64"/>
        <source>Copy</source>
        <translation>ကူးယူရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="67"/>
        <source>Another one</source>
        <translation>နောက်တစ်ခု</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="72"/>
        <source>I have noted it somewhere safe (a password manager, or on paper)</source>
        <translation>လုံခြုံသောနေရာတွင် မှတ်ထားပြီးပါပြီ (စကားဝှက် သိမ်းဆည်းသည့် ပရိုဂရမ် သို့မဟုတ် စာရွက်ပေါ်တွင်)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="76"/>
        <source>Your passphrase</source>
        <translation>သင့်စကားဝှက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="78"/>
        <source>Your passphrase again</source>
        <translation>သင့်စကားဝှက် ထပ်မံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="102"/>
        <source>Passphrase:</source>
        <translation>စကားဝှက်:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="104"/>
        <source>Again:</source>
        <translation>ထပ်မံ:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="147"/>
        <source>Copied. The clipboard will be emptied in %n second(s).</source>
        <translation>
            <numerusform>ကူးယူပြီးပါပြီ။ ကလစ်ဘုတ်ကို %n စက္ကန့်အတွင်း ရှင်းလင်းမည်။</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="166"/>
        <source>Strong enough.</source>
        <translation>လုံလောက်စွာ ခိုင်မာသည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="169"/>
        <source>Too weak. Use five or more random words, or the generated passphrase.</source>
        <translation>အားနည်းလွန်းသည်။ ကျပန်းစကားလုံး ငါးလုံး သို့မဟုတ် ထို့ထက်ပို၍ သုံးပါ၊ သို့မဟုတ် ထုတ်ပေးထားသော စကားဝှက်ကို သုံးပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="175"/>
        <source>Use five or more random words.</source>
        <translation>ကျပန်းစကားလုံး ငါးလုံး သို့မဟုတ် ထို့ထက်ပို၍ သုံးပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="181"/>
        <source>The two passphrases differ.</source>
        <translation>စကားဝှက် နှစ်ခု မတူညီပါ။</translation>
    </message>
</context>
<context>
    <name>PeopleFilterBar</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="96"/>
        <source>Filters</source>
        <translation>စစ်ထုတ်ချက်များ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="106"/>
        <source>{risk} risk</source>
        <translation>အန္တရာယ် {risk}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="113"/>
        <source>Consent: network</source>
        <translation>သဘောတူခွင့်ပြုချက်: ကွန်ရက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="115"/>
        <source>May be named to other network participants</source>
        <translation>ကွန်ရက်ရှိ အခြားပါဝင်သူများထံ အမည်ဖော်ပြနိုင်သည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="118"/>
        <source>Consent: co-organisers</source>
        <translation>သဘောတူခွင့်ပြုချက်: ပူးတွဲစီစဉ်သူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="118"/>
        <source>May be named to co-organisers</source>
        <translation>ပူးတွဲစီစဉ်သူများထံ အမည်ဖော်ပြနိုင်သည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="121"/>
        <source>Consent: public</source>
        <translation>သဘောတူခွင့်ပြုချက်: အများပြည်သူ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="121"/>
        <source>May be named publicly</source>
        <translation>အများပြည်သူထံ အမည်ဖော်ပြနိုင်သည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="124"/>
        <source>Consent due for renewal</source>
        <translation>သဘောတူခွင့်ပြုချက် သက်တမ်းတိုးရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="127"/>
        <source>Consent never recorded, or older than the renewal period (Settings, 24 months unless changed)</source>
        <translation>သဘောတူခွင့်ပြုချက် လုံးဝ မမှတ်တမ်းတင်ရသေး သို့မဟုတ် သက်တမ်းတိုးကာလထက် ကြာပြီ (ဆက်တင်များ၊ မပြောင်းလျှင် လ ၂၄ လ)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="132"/>
        <source>Due for retention review</source>
        <translation>ထိန်းသိမ်းမှု ပြန်လည်သုံးသပ်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="134"/>
        <source>No invitation, contact or edit for a long time</source>
        <translation>ကြာမြင့်စွာ ဖိတ်ကြားမှု၊ ဆက်သွယ်မှု သို့မဟုတ် ပြင်ဆင်မှု မရှိ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="144"/>
        <source>Region</source>
        <translation>ဒေသ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="145"/>
        <source>Country</source>
        <translation>နိုင်ငံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="146"/>
        <source>Tags</source>
        <translation>တဂ်များ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="150"/>
        <source>Clear filters</source>
        <translation>စစ်ထုတ်ချက်များကို ရှင်းရန်</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="101"/>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="138"/>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="227"/>
        <source>People</source>
        <translation>လူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="106"/>
        <source>Search by name, pseudonym, organisation, role, country or tag (Ctrl+F)</source>
        <translation>အမည်၊ အမည်ဝှက်၊ အဖွဲ့အစည်း၊ ရာထူး၊ နိုင်ငံ သို့မဟုတ် တဂ်ဖြင့် ရှာရန် (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="108"/>
        <source>Search people</source>
        <translation>လူများကို ရှာရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="112"/>
        <source>Add person</source>
        <translation>လူ ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="113"/>
        <source>Add a person (Ctrl+N)</source>
        <translation>လူတစ်ဦး ထည့်ရန် (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="117"/>
        <source>Import…</source>
        <translation>တင်သွင်းရန်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="118"/>
        <source>Import people from a CSV or Excel file</source>
        <translation>CSV သို့မဟုတ် Excel ဖိုင်မှ လူများကို တင်သွင်းရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="121"/>
        <source>Find duplicates…</source>
        <translation>ထပ်နေသော မှတ်တမ်းများ ရှာရန်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="124"/>
        <source>List people who may be recorded twice, and merge them</source>
        <translation>နှစ်ကြိမ် မှတ်တမ်းတင်မိနိုင်သူများကို စာရင်းပြုစုပြီး ပေါင်းစည်းရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="132"/>
        <source>Number of people listed</source>
        <translation>စာရင်းပါ လူဦးရေ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/page.py" line="374"/>
        <source>%n person(s) match</source>
        <translation>
            <numerusform>ကိုက်ညီသူ %n ဦး</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="377"/>
        <source>No people yet. Add a person or import a spreadsheet to begin.</source>
        <translation>လူ မရှိသေးပါ။ စတင်ရန် လူတစ်ဦး ထည့်ပါ သို့မဟုတ် ဇယားကွက်ဖိုင် တင်သွင်းပါ။</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/page.py" line="380"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>လူ %n ဦး</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="431"/>
        <source>Unsaved changes</source>
        <translation>မသိမ်းရသေးသော ပြောင်းလဲမှုများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="432"/>
        <source>Save the changes to this person first?</source>
        <translation>ဤလူအတွက် ပြောင်းလဲမှုများကို ဦးစွာ သိမ်းမလား။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="465"/>
        <source>That person is no longer in the vault.</source>
        <translation>ထိုသူသည် vault ထဲတွင် မရှိတော့ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="544"/>
        <source>The person was erased.</source>
        <translation>ထိုလူကို ဖျက်ပစ်ပြီးပါပြီ။</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/page.py" line="548"/>
        <source>%n mention(s) in free text elsewhere still need your review.</source>
        <translation>
            <numerusform>အခြားနေရာရှိ စာသားများထဲမှ ဖော်ပြချက် %n ခုကို သင် ပြန်လည်စစ်ဆေးရန် လိုသေးသည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/page.py" line="616"/>
        <source>%n merge(s) done.</source>
        <translation>
            <numerusform>ပေါင်းစည်းမှု %n ခု ပြီးပါပြီ။</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="336"/>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="337"/>
        <source>Risk</source>
        <translation>အန္တရာယ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="338"/>
        <source>Group</source>
        <translation>အုပ်စု</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="339"/>
        <source>Organisation</source>
        <translation>အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="340"/>
        <source>Role</source>
        <translation>ရာထူး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="341"/>
        <source>Country</source>
        <translation>နိုင်ငံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="342"/>
        <source>Consent given</source>
        <translation>သဘောတူခွင့်ပြုသည့်ရက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="345"/>
        <source>People at high or critical risk are listed under their pseudonym.</source>
        <translation>အန္တရာယ်မြင့် သို့မဟုတ် အလွန်မြင့်သူများကို ၎င်းတို့၏ အမည်ဝှက်ဖြင့် ပြထားသည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="385"/>
        <source>{pseudonym} (record away in travel mode)</source>
        <translation>{pseudonym} (ခရီးသွားမုဒ်ဖြင့် မှတ်တမ်းကို ဖယ်ထားသည်)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="387"/>
        <source>{pseudonym} (identity hidden)</source>
        <translation>{pseudonym} (မည်သူဖြစ်ကြောင်း ဖျောက်ထားသည်)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="392"/>
        <source>Away</source>
        <translation>ဖယ်ထားသည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="410"/>
        <source>Never</source>
        <translation>မပေးရသေး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="417"/>
        <source>Away: travel mode moved this person&apos;s record to a travel bundle. This vault keeps only a placeholder (pseudonym, group, risk level, participation and meetings) until the record is brought back (Safety → Bring records back…).</source>
        <translation>ဖယ်ထားသည်: ခရီးသွားမုဒ်က ဤလူ၏ မှတ်တမ်းကို ခရီးသွား ဒေတာအထုပ်သို့ ရွှေ့ထားသည်။ မှတ်တမ်းကို ပြန်မယူမချင်း (လုံခြုံရေး → မှတ်တမ်းများကို ပြန်ယူရန်…) ဤလုံခြုံသေတ္တာတွင် နေရာယူမှတ်တမ်း (အမည်ဝှက်၊ အုပ်စု၊ အန္တရာယ်အဆင့်၊ ပါဝင်မှုနှင့် အစည်းအဝေးများ) ကိုသာ ထားရှိသည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="423"/>
        <source>Identifying details are hidden: this person is at {risk} risk. Select them and press Reveal to see them for a short while.</source>
        <translation>ခွဲခြားသိနိုင်သော အချက်အလက်များကို ဖျောက်ထားသည်: ဤလူသည် အန္တရာယ် {risk} အဆင့်တွင် ရှိသည်။ ခဏတာ ကြည့်ရန် ၎င်းကို ရွေးပြီး “ဖော်ပြရန်” ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="429"/>
        <source>Shown as a region, so that this person cannot be singled out.</source>
        <translation>ဤလူကို ခွဲခြားမသိနိုင်စေရန် ဒေသအဖြစ် ပြထားသည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="434"/>
        <source>network participants</source>
        <translation>ကွန်ရက်ပါဝင်သူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="435"/>
        <source>co-organisers</source>
        <translation>ပူးတွဲစီစဉ်သူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="436"/>
        <source>the public</source>
        <translation>အများပြည်သူ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="441"/>
        <source>May not be named to anyone.</source>
        <translation>မည်သူ့ထံမျှ အမည်ဖော်ပြ၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="442"/>
        <source>May be named to: {audiences}</source>
        <translation>အမည်ဖော်ပြနိုင်သူများ: {audiences}</translation>
    </message>
</context>
<context>
    <name>PersonAttendanceView</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="42"/>
        <source>Meetings</source>
        <translation>အစည်းအဝေးများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="45"/>
        <source>Date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="45"/>
        <source>Meeting</source>
        <translation>အစည်းအဝေး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="45"/>
        <source>Answer</source>
        <translation>အကြောင်းပြန်ချက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="45"/>
        <source>Role</source>
        <translation>အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="46"/>
        <source>Meetings this person was invited to</source>
        <translation>ဤလူကို ဖိတ်ကြားခဲ့သော အစည်းအဝေးများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="48"/>
        <source>Not invited to any meeting yet.</source>
        <translation>မည်သည့်အစည်းအဝေးသို့မျှ မဖိတ်ရသေးပါ။</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="186"/>
        <source>Away</source>
        <translation>ဖယ်ထားသည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="189"/>
        <source>This person&apos;s record is away in a travel bundle.</source>
        <translation>ဤလူ၏ မှတ်တမ်းကို ခရီးသွား ဒေတာအထုပ်ထဲသို့ ဖယ်ထားသည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="194"/>
        <source>Record away (travel mode). This vault keeps only a placeholder: the pseudonym, group, risk level, participation and meetings. Everything else is in the travel bundle until it is brought back (Safety → Bring records back…). Tags, notes and invitations you add meanwhile are kept.</source>
        <translation>မှတ်တမ်းကို ဖယ်ထားသည် (ခရီးသွားမုဒ်)။ ဤလုံခြုံသေတ္တာတွင် နေရာယူမှတ်တမ်းသာ ထားရှိသည်: အမည်ဝှက်၊ အုပ်စု၊ အန္တရာယ်အဆင့်၊ ပါဝင်မှုနှင့် အစည်းအဝေးများ။ ကျန်အရာအားလုံးသည် ပြန်မယူမချင်း (လုံခြုံရေး → မှတ်တမ်းများကို ပြန်ယူရန်…) ခရီးသွား ဒေတာအထုပ်ထဲတွင် ရှိသည်။ ယခုအတောအတွင်း သင်ထည့်သော တဂ်များ၊ မှတ်စုများနှင့် ဖိတ်ကြားချက်များကို ထားရှိမည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="228"/>
        <source>Erase person…</source>
        <translation>လူကို ဖျက်ပစ်ရန်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="232"/>
        <source>Revert</source>
        <translation>ပြန်ပြောင်းရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="234"/>
        <source>Forget the changes not saved yet</source>
        <translation>မသိမ်းရသေးသော ပြောင်းလဲမှုများကို ပယ်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="236"/>
        <source>Save</source>
        <translation>သိမ်းရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="239"/>
        <source>Save this person (Ctrl+S)</source>
        <translation>ဤလူကို သိမ်းရန် (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="252"/>
        <source>Select a person in the list, or press “Add person” (Ctrl+N).</source>
        <translation>စာရင်းထဲမှ လူတစ်ဦးကို ရွေးပါ သို့မဟုတ် “လူ ထည့်ရန်” (Ctrl+N) ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="284"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="352"/>
        <source>Full name</source>
        <translation>အမည်အပြည့်အစုံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="285"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="353"/>
        <source>Pseudonym</source>
        <translation>အမည်ဝှက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="286"/>
        <source>Made for you when left empty</source>
        <translation>ဗလာထားလျှင် သင့်အတွက် ပြုလုပ်ပေးမည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="291"/>
        <source>Stakeholder group</source>
        <translation>သက်ဆိုင်သူအုပ်စု</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="295"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="356"/>
        <source>Organisation</source>
        <translation>အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="301"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="357"/>
        <source>Role</source>
        <translation>ရာထူး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="302"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="358"/>
        <source>Country</source>
        <translation>နိုင်ငံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="303"/>
        <source>Name or two-letter code, e.g. Kenya</source>
        <translation>အမည် သို့မဟုတ် စာလုံးနှစ်လုံး ကုဒ်၊ ဥပမာ Kenya</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="305"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="362"/>
        <source>Email</source>
        <translation>အီးမေးလ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="306"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="368"/>
        <source>Phone</source>
        <translation>ဖုန်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="307"/>
        <source>With the country code, e.g. +254…</source>
        <translation>နိုင်ငံကုဒ်နှင့်အတူ၊ ဥပမာ +254…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="308"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="374"/>
        <source>Secure channel</source>
        <translation>လုံခြုံသော ဆက်သွယ်ရေးလမ်းကြောင်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="309"/>
        <source>e.g. Signal, or via an intermediary</source>
        <translation>ဥပမာ Signal သို့မဟုတ် ကြားခံမှတစ်ဆင့်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="310"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="381"/>
        <source>Languages</source>
        <translation>ဘာသာစကားများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="311"/>
        <source>e.g. en; fr; ar</source>
        <translation>ဥပမာ my; en; fr</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="313"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="385"/>
        <source>Risk level</source>
        <translation>အန္တရာယ်အဆင့်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="318"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="386"/>
        <source>Participation</source>
        <translation>ပါဝင်မှု</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="322"/>
        <source>Joined the network on</source>
        <translation>ကွန်ရက်သို့ ပါဝင်သည့်ရက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="324"/>
        <source>Acknowledged the commitments on</source>
        <translation>ကတိကဝတ်များကို အသိအမှတ်ပြုသည့်ရက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="331"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="395"/>
        <source>Notes</source>
        <translation>မှတ်စုများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="350"/>
        <source>Identity</source>
        <translation>ကိုယ်ရေးအချက်အလက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="355"/>
        <source>Group</source>
        <translation>အုပ်စု</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="359"/>
        <source>Contact</source>
        <translation>ဆက်သွယ်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="364"/>
        <source>Copy the email address</source>
        <translation>အီးမေးလ်လိပ်စာကို ကူးယူရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="370"/>
        <source>Copy the phone number</source>
        <translation>ဖုန်းနံပါတ်ကို ကူးယူရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="378"/>
        <source>Copy the secure channel</source>
        <translation>လုံခြုံသော ဆက်သွယ်ရေးလမ်းကြောင်းကို ကူးယူရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="383"/>
        <source>Risk and participation</source>
        <translation>အန္တရာယ်နှင့် ပါဝင်မှု</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="387"/>
        <source>Joined on</source>
        <translation>ပါဝင်သည့်ရက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="389"/>
        <source>Commitments acknowledged</source>
        <translation>ကတိကဝတ်များကို အသိအမှတ်ပြုသည့်ရက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="392"/>
        <source>Tags and notes</source>
        <translation>တဂ်များနှင့် မှတ်စုများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="394"/>
        <source>Tags</source>
        <translation>တဂ်များ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="447"/>
        <source>Copy</source>
        <translation>ကူးယူရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="451"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="503"/>
        <source>The clipboard is emptied again after a short while.</source>
        <translation>ခဏအကြာတွင် ကလစ်ဘုတ်ကို ပြန်ရှင်းလင်းမည်။</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="488"/>
        <source>Copied. The clipboard will be emptied in %n second(s).</source>
        <translation>
            <numerusform>ကူးယူပြီးပါပြီ။ ကလစ်ဘုတ်ကို %n စက္ကန့်အတွင်း ရှင်းလင်းမည်။</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="498"/>
        <source>Hidden: press Reveal to copy it.</source>
        <translation>ဖျောက်ထားသည်: ကူးယူရန် “ဖော်ပြရန်” ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="688"/>
        <source>Hidden: press Reveal to see it.</source>
        <translation>ဖျောက်ထားသည်: ကြည့်ရန် “ဖော်ပြရန်” ကို နှိပ်ပါ။</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="736"/>
        <source>Hidden again in %n second(s)</source>
        <translation>
            <numerusform>%n စက္ကန့်အတွင်း ပြန်ဖျောက်မည်</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="744"/>
        <source>New person</source>
        <translation>လူသစ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="760"/>
        <source>{risk} risk</source>
        <translation>အန္တရာယ် {risk}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="771"/>
        <source>Identifying and contact details are visible.</source>
        <translation>ခွဲခြားသိနိုင်သော အချက်အလက်များနှင့် ဆက်သွယ်ရန် အချက်အလက်များကို မြင်နိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="772"/>
        <source>Hide now</source>
        <translation>ယခု ဖျောက်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="777"/>
        <source>Identifying and contact details are hidden: people nearby could read them.</source>
        <translation>ခွဲခြားသိနိုင်သော အချက်အလက်များနှင့် ဆက်သွယ်ရန် အချက်အလက်များကို ဖျောက်ထားသည်: အနီးရှိလူများ ဖတ်နိုင်သည်။</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="780"/>
        <source>Reveal (%n s)</source>
        <translation>
            <numerusform>ဖော်ပြရန် (%n စက္ကန့်)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="847"/>
        <source>This pseudonym may give the person away. Reveal to see why.</source>
        <translation>ဤအမည်ဝှက်က လူကို ဖော်ထုတ်ပြနိုင်သည်။ အကြောင်းရင်းကို ကြည့်ရန် “ဖော်ပြရန်” ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="866"/>
        <source>Invisible characters that can make a name look like another are taken out when you save: {fields}.</source>
        <translation>အမည်တစ်ခုကို အခြားအမည်နှင့် တူစေနိုင်သော မမြင်ရသည့် စာလုံးများကို သိမ်းဆည်းသည့်အခါ ဖယ်ရှားမည်- {fields}။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="875"/>
        <source>This pseudonym contains their name ({part}).</source>
        <translation>ဤအမည်ဝှက်တွင် ၎င်း၏ အမည် ({part}) ပါဝင်သည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="877"/>
        <source>This pseudonym contains part of their name ({part}).</source>
        <translation>ဤအမည်ဝှက်တွင် ၎င်း၏ အမည်၏ တစ်စိတ်တစ်ပိုင်း ({part}) ပါဝင်သည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="879"/>
        <source>This pseudonym contains their initials ({part}).</source>
        <translation>ဤအမည်ဝှက်တွင် ၎င်း၏ အမည်ရှေ့စာလုံးများ ({part}) ပါဝင်သည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="881"/>
        <source>This pseudonym contains their name in Latin letters ({part}).</source>
        <translation>ဤအမည်ဝှက်တွင် လက်တင်အက္ခရာဖြင့် ရေးထားသော ၎င်း၏ အမည် ({part}) ပါဝင်သည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="884"/>
        <source>This pseudonym contains their organisation ({part}).</source>
        <translation>ဤအမည်ဝှက်တွင် ၎င်း၏ အဖွဲ့အစည်း ({part}) ပါဝင်သည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="886"/>
        <source>This pseudonym contains their role ({part}).</source>
        <translation>ဤအမည်ဝှက်တွင် ၎င်း၏ ရာထူး ({part}) ပါဝင်သည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="887"/>
        <source>This pseudonym contains a place ({part}).</source>
        <translation>ဤအမည်ဝှက်တွင် နေရာအမည် ({part}) ပါဝင်သည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="911"/>
        <source>Please correct the fields marked above.</source>
        <translation>အထက်တွင် အမှတ်အသားပြထားသော အကွက်များကို ပြင်ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="923"/>
        <source>A full name is required.</source>
        <translation>အမည်အပြည့်အစုံ လိုအပ်သည်။</translation>
    </message>
</context>
<context>
    <name>PinSetupDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="401"/>
        <source>Quick-unlock PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="408"/>
        <source>Choose a PIN for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="412"/>
        <source>When the vault locks itself (after a while without use, or when the screen locks), these 4 to 8 digits reopen it. The PIN is forgotten when you quit, lock by hand, use the panic shortcut or the computer sleeps; after three wrong tries your passphrase is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="421"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="422"/>
        <source>Repeat the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="423"/>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="424"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished">ထပ်ရိုက်ပါ(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="428"/>
        <source>Passphrase</source>
        <translation type="unfinished">စကားဝှက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="429"/>
        <source>Your pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="433"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="435"/>
        <source>&amp;Use this PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="454"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="457"/>
        <source>The two PINs differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="462"/>
        <source>Type your passphrase.</source>
        <translation type="unfinished">သင့်စကားဝှက်ကို ရိုက်ပါ။</translation>
    </message>
</context>
<context>
    <name>PinUnlockDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="539"/>
        <source>Unlock vault</source>
        <translation type="unfinished">လုံခြုံသေတ္တာကို သော့ဖွင့်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="546"/>
        <source>Unlock with your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="548"/>
        <source>The vault locked itself. Type the PIN you chose for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="550"/>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="551"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="556"/>
        <source>Unlock error</source>
        <translation type="unfinished">သော့ဖွင့်ရာတွင် အမှား</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="564"/>
        <source>Use my &amp;passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="573"/>
        <source>Cancel</source>
        <translation type="unfinished">ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="575"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished">သော့ဖွင့်ရန်(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="597"/>
        <source>Type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="635"/>
        <source>Wrong PIN. One more try, then your passphrase is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="638"/>
        <source>Wrong PIN. {tries} more tries, then your passphrase is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="644"/>
        <source>Three wrong PINs: type your passphrase to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="47"/>
        <source>Check the list</source>
        <translation>စာရင်းကို စစ်ဆေးပါ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="50"/>
        <source>This is exactly what the file will hold, row for row. Nothing has been written yet.</source>
        <translation>ဤအရာသည် ဖိုင်ထဲတွင် အတန်းလိုက် အတိအကျ ပါဝင်မည့်အရာ ဖြစ်သည်။ မည်သည့်အရာကိုမျှ မရေးရသေးပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="54"/>
        <source>Applying the rules to every person…</source>
        <translation>လူတိုင်းအပေါ် စည်းမျဉ်းများကို အသုံးချနေသည်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="64"/>
        <source>The rows of the file</source>
        <translation>ဖိုင်၏ အတန်းများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="75"/>
        <source>People at high or critical risk are masked here (••••••); the bundle holds their full records, encrypted.</source>
        <translation>အန္တရာယ်မြင့် သို့မဟုတ် အလွန်မြင့်သူများကို ဤနေရာတွင် ဖုံးထားသည် (••••••)၊ ဒေတာအထုပ်တွင် ၎င်းတို့၏ မှတ်တမ်းအပြည့်အစုံကို ကုဒ်ဝှက်၍ ထည့်ထားသည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="85"/>
        <source>This meeting&apos;s safety review is not signed off. To write the list anyway, say why. Your reason is recorded with the meeting and in the audit log.</source>
        <translation>ဤအစည်းအဝေး၏ လုံခြုံရေး သုံးသပ်ချက်ကို အတည်ပြု မထားရသေးပါ။ စာရင်းကို မည်သို့ပင်ဖြစ်စေ ရေးလိုလျှင် အကြောင်းရင်းကို ဖော်ပြပါ။ သင့်အကြောင်းရင်းကို အစည်းအဝေးနှင့်အတူ စစ်ဆေးရေးမှတ်တမ်းတွင် မှတ်တမ်းတင်မည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="93"/>
        <source>Reason to write the list before sign-off</source>
        <translation>အတည်ပြုခြင်း မပြုမီ စာရင်းကို ရေးရသည့် အကြောင်းရင်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="95"/>
        <source>For example: the venue needs the list today for badges.</source>
        <translation>ဥပမာ: ကျင်းပရာနေရာက အမည်ကတ်များအတွက် ယနေ့ စာရင်း လိုအပ်သည်။</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="200"/>
        <source>No font on this computer can draw %n character(s) of this list; the PDF will print them as ?: {characters}. Choose CSV or XLSX to keep them.</source>
        <translation>
            <numerusform>ဤကွန်ပျူတာရှိ မည်သည့်ဖောင့်မျှ ဤစာရင်း၏ စာလုံး %n လုံးကို မဆွဲနိုင်ပါ၊ PDF တွင် ၎င်းတို့ကို ? အဖြစ် ပုံနှိပ်မည်: {characters}။ ၎င်းတို့ကို ထိန်းထားရန် CSV သို့မဟုတ် XLSX ကို ရွေးပါ။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="225"/>
        <source>and %n more</source>
        <translation>
            <numerusform>နောက်ထပ် %n ဦး</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="229"/>
        <source>Renewing consent would name %n person(s) in this list (their consent is undated or older than the renewal period): {names}.</source>
        <translation>
            <numerusform>သဘောတူခွင့်ပြုချက်ကို သက်တမ်းတိုးလျှင် ဤစာရင်းတွင် လူ %n ဦး၏ အမည်ကို ဖော်ပြမည် (၎င်းတို့၏ သဘောတူခွင့်ပြုချက်တွင် ရက်စွဲမပါ သို့မဟုတ် သက်တမ်းတိုးကာလထက် ကြာပြီ): {names}။</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="241"/>
        <source>Nobody is in this list: there is nothing to write.</source>
        <translation>ဤစာရင်းတွင် မည်သူမျှ မပါပါ: ရေးစရာ မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="260"/>
        <source>The preview is still being prepared.</source>
        <translation>ကြိုတင်ကြည့်ရှုမှုကို ပြင်ဆင်နေဆဲဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="262"/>
        <source>Nobody is in this list: go Back and choose other people.</source>
        <translation>ဤစာရင်းတွင် မည်သူမျှမရှိပါ- နောက်သို့ပြန်၍ အခြားလူများကို ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="264"/>
        <source>The safety review is not signed off: give a reason above, or sign it off first.</source>
        <translation>လုံခြုံရေးသုံးသပ်ချက်ကို အတည်မပြုရသေးပါ- အထက်တွင် အကြောင်းပြချက်ပေးပါ၊ သို့မဟုတ် ဦးစွာ အတည်ပြုပါ။</translation>
    </message>
</context>
<context>
    <name>ProgrammeTimeline</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/timeline.py" line="97"/>
        <source>Programme of the year</source>
        <translation>နှစ်စဉ် အစီအစဉ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/timeline.py" line="126"/>
        <source>Programme {year}</source>
        <translation>{year} အစီအစဉ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/timeline.py" line="322"/>
        <source>No meetings in {year} yet. Press Ctrl+N to plan one.</source>
        <translation>{year} တွင် အစည်းအဝေး မရှိသေးပါ။ စီစဉ်ရန် Ctrl+N ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/timeline.py" line="365"/>
        <source>Today</source>
        <translation>ယနေ့</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="27"/>
        <source>The list is written</source>
        <translation>စာရင်းကို ရေးပြီးပါပြီ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="39"/>
        <source>File:</source>
        <translation>ဖိုင်:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="41"/>
        <source>Rows:</source>
        <translation>အတန်းများ:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="43"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="63"/>
        <source>%n full record(s), encrypted</source>
        <translation>
            <numerusform>မှတ်တမ်းအပြည့်အစုံ %n ခု၊ ကုဒ်ဝှက်ထားသည်</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="67"/>
        <source>Send the passphrase by another route than the file. BizHR does not keep it: if it is lost, write a new bundle.</source>
        <translation>စကားဝှက်ကို ဖိုင်နှင့် မတူသော လမ်းကြောင်းဖြင့် ပို့ပါ။ BizHR သည် ၎င်းကို မသိမ်းထားပါ: ပျောက်သွားလျှင် ဒေတာအထုပ် အသစ် ရေးပါ။</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="72"/>
        <source>%n person(s) in rows</source>
        <translation>
            <numerusform>အတန်းများတွင် လူ %n ဦး</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="75"/>
        <source>%n only counted</source>
        <translation>
            <numerusform>ရေတွက်ရုံသာ %n ဦး</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="79"/>
        <source>Delete the file once it has been handed over and is no longer needed.</source>
        <translation>ဖိုင်ကို လွှဲပေးပြီး မလိုအပ်တော့သည်နှင့် ဖျက်ပစ်ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="85"/>
        <source>Recorded in the audit log: audience, number of rows and this fingerprint — no names.</source>
        <translation>စစ်ဆေးရေးမှတ်တမ်းတွင် မှတ်တမ်းတင်ထားသည်: လက်ခံသူ၊ အတန်းအရေအတွက်နှင့် ဤလက်ဗွေ — အမည် မပါ။</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="423"/>
        <source>Replace the encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="425"/>
        <source>Re-encrypt every record under a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="429"/>
        <source>Do this if you think the vault&apos;s key may have been exposed while it was open, for example on a computer you no longer trust. Your passphrase and recovery key stay the same, and so does the key file&apos;s own key: to make earlier copies of the key file useless, use Safety ▸ Revoke everything. An interruption cannot lose anything: the vault then opens with the old key or the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="442"/>
        <source>Cancel</source>
        <translation type="unfinished">ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="444"/>
        <source>&amp;Replace the key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelinkKeyringDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="356"/>
        <source>Re-link this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="359"/>
        <source>Open with your passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="363"/>
        <source>This vault needs your passphrase and a secret kept in this computer&apos;s keyring. A new keyring secret is made now; type the passphrase to use with it (your usual one, or a new one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="372"/>
        <source>Passphrase</source>
        <translation type="unfinished">စကားဝှက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="374"/>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="376"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">စကားဝှက်(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="377"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished">ထပ်ရိုက်ပါ(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="381"/>
        <source>Cancel</source>
        <translation type="unfinished">ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="383"/>
        <source>&amp;Link keyring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="696"/>
        <source>Done</source>
        <translation type="unfinished">ပြီးစီး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="711"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="713"/>
        <source>%n person(s) added.</source>
        <translation type="unfinished">
            <numerusform>လူ %n ဦး ထည့်ပြီးပါပြီ။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="715"/>
        <source>%n organisation(s) added.</source>
        <translation type="unfinished">
            <numerusform>အဖွဲ့အစည်း %n ခု ထည့်ပြီးပါပြီ။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="721"/>
        <source>%n row(s) imported with a value you fixed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="728"/>
        <source>%n row(s) skipped: not imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="736"/>
        <source>%n new organisation(s) created from the people&apos;s organisations.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="745"/>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="746"/>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="748"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="749"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="317"/>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="319"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="326"/>
        <source>First rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="337"/>
        <source>Fix a value where it stands (Enter, or double-click it): the row is checked again at once. Or skip the row (Delete): it is left out of the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="348"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="332"/>
        <source>First rows of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="350"/>
        <source>Enter fixes the value of the selected problem; Delete skips its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="363"/>
        <source>Selected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="364"/>
        <source>&amp;Fix value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="366"/>
        <source>Fix the selected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="368"/>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="544"/>
        <source>&amp;Skip row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="370"/>
        <source>Skip the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="414"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="452"/>
        <source>Invisible characters that can make a name look like another are taken out of %n value(s) (rows {rows}): {characters}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="544"/>
        <source>Take row &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="550"/>
        <source>Row {row} · {where}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="579"/>
        <source>All %n row(s) can be imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="582"/>
        <source>(%n with a value you fixed).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="586"/>
        <source>All %n row(s) can be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="593"/>
        <source>%n row(s) can be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="597"/>
        <source>%n row(s) with problems.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="600"/>
        <source>%n row(s) skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="603"/>
        <source>%n row(s) fixed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="618"/>
        <source>Every row is skipped: nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="622"/>
        <source>No row can be imported yet. Fix the values in the list, or correct the file and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="629"/>
        <source>Nothing will be imported while rows have problems: fix their values, skip those rows, or tick the box to skip them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="606"/>
        <source>Problems (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="568"/>
        <source>Skip the %n row(s) with problems and import the others</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="467"/>
        <source>Revoke everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="470"/>
        <source>Make every earlier copy and secret useless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="474"/>
        <source>Every record is re-encrypted under a new key, and the key file is sealed again under a new key of its own. After that no earlier copy of the key file opens today&apos;s records, whatever passphrase or recovery key someone has, and you get a new recovery key: the old one stops working. Backups made before keep opening with the secrets of their day: destroy them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="487"/>
        <source>Passphrase</source>
        <translation type="unfinished">စကားဝှက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="488"/>
        <source>Duress passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="490"/>
        <source>Your &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="494"/>
        <source>&amp;Duress passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="497"/>
        <source>Type the duress passphrase to keep it; left empty, it is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="515"/>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="520"/>
        <source>I have stored the new recovery key somewhere &amp;safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="525"/>
        <source>Cancel</source>
        <translation type="unfinished">ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="527"/>
        <source>&amp;Revoke everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="530"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="570"/>
        <source>Everything was revoked. Your new recovery key, shown only this once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="573"/>
        <source>(The duress passphrase was removed; set it again from the Safety menu.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="650"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="651"/>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="677"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="656"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="657"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="667"/>
        <source>The import is written in one step at the end: if you cancel, nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="685"/>
        <source>Importing row {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyFlagsModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="177"/>
        <source>{kind}: {count} ({checked} checked)</source>
        <translation>{kind}: {count} ({checked} ခု စစ်ပြီး)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="180"/>
        <source>{kind}: {count}</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="200"/>
        <source>checked</source>
        <translation>စစ်ပြီး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="200"/>
        <source>not checked</source>
        <translation>မစစ်ရသေး</translation>
    </message>
</context>
<context>
    <name>SafetyReviewPanel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="349"/>
        <source>Sign-off state</source>
        <translation>အတည်ပြုမှု အခြေအနေ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="424"/>
        <source>Risk assessment</source>
        <translation>အန္တရာယ် အကဲဖြတ်ချက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="427"/>
        <source>Who could be exposed, how, and what you will do about it (travel, venue, lists, channels). Kept inside the vault only.</source>
        <translation>မည်သူ ထိခိုက်ပေါ်ပေါက်နိုင်သည်၊ မည်သို့ဖြစ်နိုင်သည်နှင့် ၎င်းအတွက် သင် ဘာလုပ်မည် (ခရီးသွားလာမှု၊ ကျင်းပရာနေရာ၊ စာရင်းများ၊ ဆက်သွယ်ရေးလမ်းကြောင်းများ)။ လုံခြုံသေတ္တာထဲတွင်သာ သိမ်းထားသည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="434"/>
        <source>Save assessment</source>
        <translation>အကဲဖြတ်ချက်ကို သိမ်းရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="438"/>
        <source>Changing the assessment after a sign-off reopens the review.</source>
        <translation>အတည်ပြုပြီးနောက် အကဲဖြတ်ချက်ကို ပြောင်းလဲလျှင် သုံးသပ်ချက်ကို ပြန်ဖွင့်မည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="444"/>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="445"/>
        <source>Your name or initials</source>
        <translation>သင့်အမည် သို့မဟုတ် အတိုကောက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="448"/>
        <source>Sign off</source>
        <translation>အတည်ပြုရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="357"/>
        <source>Safety flags, by kind</source>
        <translation>လုံခြုံရေး သတိပေးချက်များ၊ အမျိုးအစားအလိုက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="379"/>
        <source>Show flags of severity</source>
        <translation>ပြင်းထန်မှုအလိုက် သတိပေးချက်များ ပြရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="381"/>
        <source>Not checked only</source>
        <translation>မစစ်ရသေးသည်များသာ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="384"/>
        <source>Next to check</source>
        <translation>နောက်တစ်ခု စစ်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="386"/>
        <source>The next critical flag nobody checked yet (F8)</source>
        <translation>မည်သူမျှ မစစ်ရသေးသော နောက်ထပ် အရေးကြီး သတိပေးချက် (F8)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="396"/>
        <source>The chosen flag in full</source>
        <translation>ရွေးထားသော သတိပေးချက် အပြည့်အစုံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="403"/>
        <source>Why the flag may stand</source>
        <translation>သတိပေးချက်ကို ထားနိုင်သည့် အကြောင်းရင်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="405"/>
        <source>Why it may stand: what you checked and decided (secret)</source>
        <translation>ထားနိုင်သည့် အကြောင်းရင်း- သင်စစ်ဆေးခဲ့သည်နှင့် ဆုံးဖြတ်ခဲ့သည် (လျှို့ဝှက်)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="409"/>
        <source>Open person</source>
        <translation>ထိုသူကို ဖွင့်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="413"/>
        <source>Withdraw check</source>
        <translation>စစ်ဆေးမှုကို ပြန်ရုပ်သိမ်းရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="417"/>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="836"/>
        <source>Mark checked</source>
        <translation>စစ်ပြီးဟု မှတ်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="484"/>
        <source>The chosen flag</source>
        <translation>ရွေးထားသော သတိပေးချက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="496"/>
        <source>Risk assessment (secret) and sign-off</source>
        <translation>အန္တရာယ် အကဲဖြတ်ချက် (လျှို့ဝှက်) နှင့် အတည်ပြုချက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="594"/>
        <source>Checking the invitees…</source>
        <translation>ဖိတ်ခံရသူများကို စစ်ဆေးနေသည်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="642"/>
        <source>No flags: nothing found that could expose someone.</source>
        <translation>သတိပေးအမှတ် မရှိပါ: တစ်စုံတစ်ဦးကို ထိခိုက်စေနိုင်သည့်အရာ မတွေ့ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="645"/>
        <source>Flags: {list}</source>
        <translation>သတိပေးအမှတ်များ: {list}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="652"/>
        <source>{count} checked</source>
        <translation>{count} ခု စစ်ပြီး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="654"/>
        <source>{count} critical to check</source>
        <translation>အရေးကြီး {count} ခု စစ်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="665"/>
        <source>All flags ({count})</source>
        <translation>သတိပေးချက်အားလုံး ({count})</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="738"/>
        <source>Choose a flag to read it in full.</source>
        <translation>အပြည့်အစုံဖတ်ရန် သတိပေးချက်တစ်ခုကို ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="746"/>
        <source>Not checked yet.</source>
        <translation>မစစ်ရသေးပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="752"/>
        <source>Checked on {date}.</source>
        <translation>{date} တွင် စစ်ပြီး။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="754"/>
        <source>Checked.</source>
        <translation>စစ်ပြီး။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="782"/>
        <source>Signed off by {name} on {date}.</source>
        <translation>{date} တွင် {name} က အတည်ပြုခဲ့သည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="789"/>
        <source>Reopened: signed off by {name} on {date}, but the review has changed since (a new at-risk invitee, a venue or format change, or a new flag). Review the flags and sign off again — until then plaintext lists for this meeting need an override.</source>
        <translation>ပြန်ဖွင့်ထားသည်: {date} တွင် {name} က အတည်ပြုခဲ့သော်လည်း ထို့နောက် သုံးသပ်ချက် ပြောင်းလဲသွားသည် (အန္တရာယ်ရှိသော ဖိတ်ခံရသူအသစ်၊ ကျင်းပရာနေရာ သို့မဟုတ် ပုံစံ ပြောင်းလဲမှု၊ သို့မဟုတ် သတိပေးအမှတ်အသစ်)။ သတိပေးအမှတ်များကို ပြန်ကြည့်ပြီး ထပ်မံ အတည်ပြုပါ — ထိုအချိန်အထိ ဤအစည်းအဝေးအတွက် ကုဒ်မဝှက်ထားသော စာရင်းများကို ကျော်လွန်ခွင့်ဖြင့်သာ ရေးနိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="799"/>
        <source>Not signed off — plaintext lists for this meeting need an override.</source>
        <translation>အတည်ပြု မထားပါ — ဤအစည်းအဝေးအတွက် ကုဒ်မဝှက်ထားသော စာရင်းများကို ကျော်လွန်ခွင့်ဖြင့်သာ ရေးနိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="803"/>
        <source>No sign-off needed: this meeting raises no critical or warning flag. You may still record an assessment and sign it off.</source>
        <translation>အတည်ပြုရန် မလိုပါ: ဤအစည်းအဝေးတွင် “အရေးကြီးဆုံး” သို့မဟုတ် “သတိပေးချက်” အဆင့် သတိပေးအမှတ် မရှိပါ။ အကဲဖြတ်ချက်ကို မှတ်တမ်းတင်ပြီး အတည်ပြုနိုင်သေးသည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="819"/>
        <source>and {count} more</source>
        <translation>နှင့် နောက်ထပ် {count} ခု</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="821"/>
        <source>Check every critical flag before signing off: {count} left ({names}).</source>
        <translation>အတည်မပြုမီ အရေးကြီး သတိပေးချက်တိုင်းကို စစ်ပါ- {count} ခု ကျန်သည် ({names})။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="836"/>
        <source>Save reason</source>
        <translation>အကြောင်းရင်းကို သိမ်းရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="878"/>
        <source>Say why the flag may stand before checking it.</source>
        <translation>မစစ်မီ သတိပေးချက်ကို ထားနိုင်သည့် အကြောင်းရင်းကို ရေးပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="914"/>
        <source>The assessment is longer than {n} characters.</source>
        <translation>အကဲဖြတ်ချက်သည် စာလုံး {n} လုံးထက် ရှည်နေသည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="935"/>
        <source>Type your name or initials to sign off.</source>
        <translation>အတည်ပြုရန် သင့်အမည် သို့မဟုတ် အတိုကောက်ကို ရိုက်ပါ။</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="46"/>
        <source>Who is in the list?</source>
        <translation>စာရင်းတွင် မည်သူများ ပါဝင်မည်နည်း။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="48"/>
        <source>Choose the people the list starts from. The next steps decide what it shows.</source>
        <translation>စာရင်း စတင်မည့် လူများကို ရွေးပါ။ နောက်အဆင့်များက ၎င်းတွင် ပြမည့်အရာကို ဆုံးဖြတ်သည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="50"/>
        <source>Everyone in the vault</source>
        <translation>လုံခြုံသေတ္တာထဲရှိ လူအားလုံး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="51"/>
        <source>People matching a filter</source>
        <translation>စစ်ထုတ်ချက်နှင့် ကိုက်ညီသူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="52"/>
        <source>The people of one meeting</source>
        <translation>အစည်းအဝေးတစ်ခု၏ လူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="63"/>
        <source>Meeting</source>
        <translation>အစည်းအဝေး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="66"/>
        <source>Which of its people</source>
        <translation>၎င်း၏ မည်သည့်လူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="67"/>
        <source>Everyone invited</source>
        <translation>ဖိတ်ကြားခံရသူ အားလုံး</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="68"/>
        <source>Those who accepted or came</source>
        <translation>လက်ခံသူ သို့မဟုတ် လာရောက်သူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="69"/>
        <source>Those who attended</source>
        <translation>တက်ရောက်ခဲ့သူများ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="73"/>
        <source>This list is the attendance record the host asked for</source>
        <translation>ဤစာရင်းသည် အိမ်ရှင်က တောင်းဆိုထားသော တက်ရောက်မှုမှတ်တမ်း ဖြစ်သည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="77"/>
        <source>There are no meetings in this vault yet.</source>
        <translation>ဤလုံခြုံသေတ္တာတွင် အစည်းအဝေး မရှိသေးပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="87"/>
        <source>Meeting:</source>
        <translation>အစည်းအဝေး:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="89"/>
        <source>People:</source>
        <translation>လူများ:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="210"/>
        <source>This meeting is held under the Chatham House Rule: what was said may be used, but not who said it, nor who was there or where they work. A list for the public or a venue therefore gives only counts by stakeholder group. Tick the box only if the host asked for an attendance record; even then, only people who consented are named.</source>
        <translation>ဤအစည်းအဝေးကို Chatham House စည်းမျဉ်းဖြင့် ကျင်းပသည်: ပြောဆိုခဲ့သည့်အရာကို အသုံးပြုနိုင်သော်လည်း မည်သူ ပြောခဲ့သည်၊ မည်သူ တက်ရောက်ခဲ့သည် သို့မဟုတ် ၎င်းတို့ မည်သည့်နေရာတွင် အလုပ်လုပ်သည်ကို မဖော်ပြရပါ။ ထို့ကြောင့် အများပြည်သူ သို့မဟုတ် ကျင်းပရာနေရာအတွက် စာရင်းတွင် သက်ဆိုင်သူအုပ်စုအလိုက် အရေအတွက်များကိုသာ ပေးသည်။ အိမ်ရှင်က တက်ရောက်မှုမှတ်တမ်း တောင်းဆိုမှသာ အကွက်ကို အမှန်ခြစ်ပါ၊ ထိုအခါတွင်ပင် သဘောတူခွင့်ပြုထားသူများကိုသာ အမည်ဖော်ပြမည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="221"/>
        <source>This meeting is not held under the Chatham House Rule.</source>
        <translation>ဤအစည်းအဝေးကို Chatham House စည်းမျဉ်းဖြင့် ကျင်းပခြင်း မဟုတ်ပါ။</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="240"/>
        <source>%n person(s) in this list before the rules apply</source>
        <translation>
            <numerusform>စည်းမျဉ်းများ အသုံးမချမီ ဤစာရင်းတွင် လူ %n ဦး</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="79"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="80"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="87"/>
        <source>Lock after this long without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="88"/>
        <source>When nobody has typed or moved the mouse in BizHR for this long, the vault locks. Time the computer spent asleep counts too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="96"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="102"/>
        <source>Clear copied values after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="103"/>
        <source>A value copied from the vault is removed from the clipboard after this many seconds, unless something else was copied since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="111"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="117"/>
        <source>Panic shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="118"/>
        <source>This key combination locks the vault at once and hides the window, without asking anything. A PIN never reopens a vault locked this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="129"/>
        <source>Allow a PIN after an automatic lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="130"/>
        <source>After the vault locked itself (idle or screen lock), a short PIN you choose for this session reopens it. The PIN is never stored; three wrong tries, a manual lock, a panic lock, sleep or quitting make the passphrase necessary again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="142"/>
        <source>Show the vault&apos;s file name when locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="143"/>
        <source>Off: the unlock screen says only &apos;Your vault&apos;, so someone looking at the screen does not learn where the vault is or what it is called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="154"/>
        <source>Consent must be renewed after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="155"/>
        <source>Consent older than this, or never dated, counts as not given for every list that leaves the network: the person appears under a label or only in a count. The People list flags it as due for renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="164"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="54"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="63"/>
        <source>These settings are kept inside the encrypted vault, except the language.</source>
        <translation>ဤဆက်တင်များကို ဘာသာစကားမှလွဲ၍ စာဝှက်ထားသော သေတ္တာအတွင်း သိမ်းထားသည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="90"/>
        <source>:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="96"/>
        <source>This computer</source>
        <translation>ဤကွန်ပျူတာ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="100"/>
        <source>Language</source>
        <translation>ဘာသာစကား</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="101"/>
        <source>Same as the system</source>
        <translation>စနစ်၏ ဘာသာစကားအတိုင်း</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="106"/>
        <source>&amp;Language:</source>
        <translation>ဘာသာစကား (&amp;L):</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="111"/>
        <source>Kept on this computer, not in the vault, and used at once. A page with changes not yet saved, or a window of its own open, changes language when the vault next locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="122"/>
        <source>&amp;Duress passphrase…</source>
        <translation type="unfinished">အဓမ္မခိုင်းစေခံရချိန် စကားဝှက်(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="125"/>
        <source>A second passphrase to give under pressure: it opens an empty vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="134"/>
        <source>Restore &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="137"/>
        <source>Cancel</source>
        <translation type="unfinished">ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="140"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="212"/>
        <source>“{setting}” needs one key combination with Ctrl, Alt or Meta, not already used by the menus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderMixChart</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/chart.py" line="52"/>
        <source>Stakeholder mix</source>
        <translation>သက်ဆိုင်သူအုပ်စု အချိုးအစား</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/chart.py" line="70"/>
        <source>Invited</source>
        <translation>ဖိတ်ကြားထား</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/chart.py" line="71"/>
        <source>Accepted</source>
        <translation>လက်ခံ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/chart.py" line="72"/>
        <source>Attended</source>
        <translation>တက်ရောက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/chart.py" line="129"/>
        <source>Nobody is invited yet: the mix appears once people are.</source>
        <translation>မည်သူ့ကိုမျှ မဖိတ်ရသေးပါ: လူများကို ဖိတ်ပြီးသည်နှင့် အချိုးအစား ပေါ်လာမည်။</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="98"/>
        <source>Passphrase strength</source>
        <translation>စကားဝှက် ခိုင်မာမှု</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="113"/>
        <source>Use four or more unrelated words, or 12+ characters.</source>
        <translation>ဆက်စပ်မှုမရှိသော စကားလုံး လေးလုံး သို့မဟုတ် ထို့ထက်ပို၍ သုံးပါ၊ သို့မဟုတ် စာလုံး ၁၂ လုံးနှင့်အထက် သုံးပါ။</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/summary_panel.py" line="27"/>
        <source>Why:</source>
        <translation>အကြောင်းရင်း:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/summary_panel.py" line="52"/>
        <source>Labels of the series “{name}”: the same person has the same label in every list of this series.</source>
        <translation>“{name}” စီးရီး၏ အမှတ်အသားများ: လူတစ်ဦးတည်းသည် ဤစီးရီး၏ စာရင်းတိုင်းတွင် အမှတ်အသားတူ ရှိသည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/summary_panel.py" line="56"/>
        <source>Labels made for this list alone: they match no other list.</source>
        <translation>ဤစာရင်းအတွက်သာ ပြုလုပ်ထားသော အမှတ်အသားများ: အခြားမည်သည့်စာရင်းနှင့်မျှ မကိုက်ညီပါ။</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="115"/>
        <source>Add a tag and press Enter</source>
        <translation>တဂ်တစ်ခု ထည့်ပြီး Enter ကို နှိပ်ပါ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="116"/>
        <source>New tag</source>
        <translation>တဂ်အသစ်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="178"/>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="179"/>
        <source>Remove the tag {tag}</source>
        <translation>{tag} တဂ်ကို ဖယ်ရှားရန်</translation>
    </message>
</context>
<context>
    <name>TravelBackDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="505"/>
        <source>Bring records back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="507"/>
        <source>Bring records back from a travel bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="510"/>
        <source>{people} people and the notes of {meetings} meetings are away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="514"/>
        <source>No records of this vault are away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="520"/>
        <source>Travel bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="522"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="528"/>
        <source>&amp;Bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="529"/>
        <source>Bundle passphrase</source>
        <translation type="unfinished">ဒေတာအထုပ်၏ စကားဝှက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="530"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">စကားဝှက်(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="537"/>
        <source>Cancel</source>
        <translation type="unfinished">ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="539"/>
        <source>&amp;Bring records back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="542"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="555"/>
        <source>Open the travel bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="589"/>
        <source>{people} people are whole again, with {entries} contact-log entries; the notes of {meetings} meetings are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="599"/>
        <source>{count} placeholders were edited while away: those edits were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="604"/>
        <source>{count} people erased while away were not brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="609"/>
        <source>The bundle is now an extra copy: delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelOutDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="158"/>
        <source>Travel mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="170"/>
        <source>Cancel</source>
        <translation type="unfinished">ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="172"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="174"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="177"/>
        <source>&amp;Move records out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="180"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="200"/>
        <source>Move records off this laptop before you travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="204"/>
        <source>The records you choose move into one encrypted file, the travel bundle. Keep it somewhere that does not travel with you: a USB drive you leave behind, or a colleague. This vault keeps only a placeholder for each person (their pseudonym, group and invitations), so nothing about them can be read here, even if you are forced to unlock it. When you are back, bring the records back from the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="214"/>
        <source>People who leave, by risk level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="217"/>
        <source>&amp;Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="218"/>
        <source>&amp;Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="219"/>
        <source>&amp;High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="220"/>
        <source>C&amp;ritical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="232"/>
        <source>Deep dives&apos; outcome notes and risk assessments leave too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="242"/>
        <source>Where the travel bundle goes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="245"/>
        <source>Travel bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="246"/>
        <source>e.g. a file on a USB drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="249"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="279"/>
        <source>{people} people leave ({critical} critical, {high} high, {others} other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="286"/>
        <source>With them: {entries} contact-log entries and {orgs} organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="289"/>
        <source>Meetings whose notes leave: {meetings}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="290"/>
        <source>Invitations that stay, under placeholders: {invitations}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="296"/>
        <source>Already away from an earlier trip: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="303"/>
        <source>{count} notes elsewhere in the vault name someone who leaves; they stay. Review them on the People page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="311"/>
        <source>Save the travel bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="326"/>
        <source>The travel bundle&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="330"/>
        <source>Without this passphrase the records cannot come back, and nobody can recover it. Write it down and keep it apart from the bundle; it is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="337"/>
        <source>&amp;Use this generated passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="338"/>
        <source>&amp;Type my own passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="351"/>
        <source>Generated passphrase</source>
        <translation type="unfinished">ထုတ်ပေးထားသော စကားဝှက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="352"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">ကူးယူရန်(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="355"/>
        <source>Copied passphrases clear themselves from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="361"/>
        <source>I have &amp;written this passphrase down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="368"/>
        <source>Bundle passphrase</source>
        <translation type="unfinished">ဒေတာအထုပ်၏ စကားဝှက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="370"/>
        <source>Repeat the bundle passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="373"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">စကားဝှက်(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="374"/>
        <source>Re&amp;peat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="406"/>
        <source>Moving the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="476"/>
        <source>The records have left this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="479"/>
        <source>{people} people, {entries} contact-log entries and the notes of {meetings} meetings are in the travel bundle:
{path}

The bundle was read back and checked before anything changed here. This vault now shows a placeholder for each of them, marked as away. Take the bundle off this laptop before you travel, and keep its passphrase apart from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="88"/>
        <source>Unlock vault</source>
        <translation>လုံခြုံသေတ္တာကို သော့ဖွင့်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="95"/>
        <source>Unlock your vault</source>
        <translation>သင့်လုံခြုံသေတ္တာကို သော့ဖွင့်ပါ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="100"/>
        <source>Vault:</source>
        <translation>လုံခြုံသေတ္တာ:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="103"/>
        <source>Vault file</source>
        <translation>လုံခြုံသေတ္တာ ဖိုင်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="109"/>
        <source>Passphrase</source>
        <translation>စကားဝှက်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="111"/>
        <source>Recovery key</source>
        <translation>ပြန်လည်ရယူရေးသော့</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="123"/>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="229"/>
        <source>&amp;Passphrase:</source>
        <translation>စကားဝှက်(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="129"/>
        <source>Unlock error</source>
        <translation>သော့ဖွင့်ရာတွင် အမှား</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="132"/>
        <source>Use the &amp;recovery key instead</source>
        <translation>ပြန်လည်ရယူရေးသော့ကို အစားသုံးရန်(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="140"/>
        <source>Unlocking</source>
        <translation>သော့ဖွင့်နေသည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="141"/>
        <source>Unlocking… this takes a moment on purpose.</source>
        <translation>သော့ဖွင့်နေသည်… ရည်ရွယ်ချက်ရှိရှိ ခဏ ကြာပါသည်။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="151"/>
        <source>&amp;Open another vault…</source>
        <translation>အခြား လုံခြုံသေတ္တာ ဖွင့်ရန်(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="152"/>
        <source>Create a &amp;new vault…</source>
        <translation>လုံခြုံသေတ္တာ အသစ် ဖန်တီးရန်(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="166"/>
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="169"/>
        <source>&amp;Unlock</source>
        <translation>သော့ဖွင့်ရန်(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="209"/>
        <source>Your vault</source>
        <translation>သင့်လုံခြုံသေတ္တာ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="223"/>
        <source>&amp;Recovery key:</source>
        <translation>ပြန်လည်ရယူရေးသော့(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="257"/>
        <source>Type your passphrase.</source>
        <translation>သင့်စကားဝှက်ကို ရိုက်ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="323"/>
        <source>Type your recovery key.</source>
        <translation>သင့်ပြန်လည်ရယူရေးသော့ကို ရိုက်ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="361"/>
        <source>Open a vault</source>
        <translation>လုံခြုံသေတ္တာ ဖွင့်ရန်</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/guide.py" line="21"/>
        <location filename="../../bizhr_desktop/ui/shell/guide.py" line="25"/>
        <source>User guide</source>
        <translation>အသုံးပြုသူ လမ်းညွှန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/guide.py" line="36"/>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/guide.py" line="49"/>
        <source>The user guide is not installed with this copy of the program.</source>
        <translation>ဤပရိုဂရမ်မိတ္တူနှင့်အတူ အသုံးပြုသူလမ်းညွှန် ထည့်သွင်းမထားပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/guide.py" line="64"/>
        <source>Not opened here (this program opens no connection): {link}</source>
        <translation>ဤနေရာတွင် မဖွင့်ပါ (ဤပရိုဂရမ်သည် မည်သည့်ချိတ်ဆက်မှုကိုမျှ မဖွင့်ပါ): {link}</translation>
    </message>
</context>
<context>
    <name>ValueDelegate</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="282"/>
        <source>Fix {field}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="219"/>
        <source>Verify the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="221"/>
        <source>Checking the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="228"/>
        <source>Close</source>
        <translation type="unfinished">ပိတ်ရန်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="245"/>
        <source>The vault is sound: every page decrypts and passes its check, the database is consistent and the audit log has not been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="252"/>
        <source>Problems were found. Restore the vault from a backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="256"/>
        <source>Vault checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="25"/>
        <source>Writing the file</source>
        <translation>ဖိုင်ကို ရေးနေသည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="26"/>
        <source>Writing…</source>
        <translation>ရေးနေသည်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="32"/>
        <source>Writing</source>
        <translation>ရေးနေသည်</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="35"/>
        <source>Nothing was written. Go back to choose another place, or cancel.</source>
        <translation>မည်သည့်အရာကိုမျှ မရေးခဲ့ပါ။ အခြားနေရာ ရွေးရန် နောက်သို့ ပြန်သွားပါ သို့မဟုတ် ပယ်ဖျက်ပါ။</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="50"/>
        <source>Encrypting and writing the bundle… (a few seconds)</source>
        <translation>ဒေတာအထုပ်ကို ကုဒ်ဝှက်ပြီး ရေးနေသည်… (စက္ကန့်အနည်းငယ်)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="52"/>
        <source>Writing the file…</source>
        <translation>ဖိုင်ကို ရေးနေသည်…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="58"/>
        <source>The file could not be written.</source>
        <translation>ဖိုင်ကို ရေး၍ မရပါ။</translation>
    </message>
</context>
<context>
    <name>_SecretCopyFilter</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="113"/>
        <source>Copy (cleared after a while)</source>
        <translation>ကူးယူရန် (ခဏအကြာတွင် ရှင်းလင်းမည်)</translation>
    </message>
</context>
<context>
    <name>_TravelDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="86"/>
        <source>Working</source>
        <translation type="unfinished">လုပ်ဆောင်နေသည်</translation>
    </message>
</context>
</TS>
