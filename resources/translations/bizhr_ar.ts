<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/controller.py" line="409"/>
        <source>Settings not saved</source>
        <translation>لم تُحفظ الإعدادات</translation>
    </message>
</context>
<context>
    <name>AudiencePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="41"/>
        <source>Who will receive it?</source>
        <translation>من سيتلقى القائمة؟</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="44"/>
        <source>Each audience has its own rules. Nobody is named without their consent, and nobody at risk is named at all.</source>
        <translation>لكل جهة متلقية قواعدها. لا يُذكر اسم أحد دون موافقته، ولا يُذكر اسم أي شخص معرّض للخطر إطلاقًا.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="66"/>
        <source>Smallest group shown as rows</source>
        <translation>أصغر مجموعة تُعرض صفوفًا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="69"/>
        <source>Someone shown under a pseudonym must share their stakeholder group and region with at least this many people in the list; otherwise they are only counted. It can be raised, never lowered below {k}.</source>
        <translation>من يظهر باسم مستعار يجب أن يشترك في فئته ومنطقته مع هذا العدد من الأشخاص على الأقل في القائمة، وإلا فيُعدّ فقط. يمكن رفع هذا العدد، ولا يمكن خفضه إلى أقل من {k}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="76"/>
        <source>Smallest group shown as rows (k):</source>
        <translation>أصغر مجموعة تُعرض صفوفًا (k):</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="81"/>
        <source>End the list with the network&apos;s standard line</source>
        <translation>إنهاء القائمة بعبارة الشبكة المعتادة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="85"/>
        <source>Standard line</source>
        <translation>العبارة المعتادة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="132"/>
        <source>Choose who the list is for to go on.</source>
        <translation>اختر الجهة التي القائمة لها للمتابعة.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="348"/>
        <source>Unlocks, failed unlocks, imports, exports, deletions and key changes, newest first. Each entry is chained to the one before it, so an entry changed or removed behind BizHR&apos;s back shows when the chain is verified.</source>
        <translation>عمليات الفتح، ومحاولات الفتح الفاشلة، والاستيراد، والتصدير، والحذف، وتغيير المفاتيح، الأحدث أولًا. كل إدخال مرتبط بالإدخال الذي قبله، فإذا غُيّر إدخال أو حُذف خارج BizHR ظهر ذلك عند التحقق من السلسلة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="356"/>
        <source>&amp;Verify chain</source>
        <translation>&amp;تحقق من السلسلة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="357"/>
        <source>Check that no entry was changed, removed or moved</source>
        <translation>التحقق من أن أي إدخال لم يُغيَّر أو يُحذف أو يُنقل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="359"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="363"/>
        <source>Chain check result</source>
        <translation>نتيجة التحقق من السلسلة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="367"/>
        <source>Show events of kind</source>
        <translation>عرض أحداث من نوع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="372"/>
        <source>Search the details or a date, e.g. a meeting&apos;s title or 2026-03</source>
        <translation>ابحث في التفاصيل أو عن تاريخ، مثل عنوان اجتماع أو 2026-03</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="374"/>
        <source>Search the audit log</source>
        <translation>البحث في سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="389"/>
        <source>Audit events</source>
        <translation>أحداث التدقيق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="411"/>
        <source>Audit</source>
        <translation>التدقيق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="489"/>
        <source>All events</source>
        <translation>كل الأحداث</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="510"/>
        <source>Intact: no entry was changed, removed or moved.</source>
        <translation>سليمة: لم يُغيَّر أي إدخال أو يُحذف أو يُنقل.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="514"/>
        <source>Broken at entry {entry}: it or the one before it was changed, removed or moved outside BizHR.</source>
        <translation>منقطعة عند الإدخال {entry}: هو أو الذي قبله غُيّر أو حُذف أو نُقل خارج BizHR.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="91"/>
        <source>Vault created</source>
        <translation>أُنشئت الخزنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="92"/>
        <source>Vault checked</source>
        <translation>فُحصت الخزنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="93"/>
        <source>Backup written</source>
        <translation>كُتبت نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="94"/>
        <source>Unlocked</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="95"/>
        <source>Failed unlock attempts</source>
        <translation>محاولات فتح فاشلة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="96"/>
        <source>Passphrase changed</source>
        <translation>غُيّرت عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="97"/>
        <source>Data key replaced</source>
        <translation>استُبدل مفتاح البيانات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="98"/>
        <source>Everything revoked (new keys, new recovery key)</source>
        <translation>أُبطل كل شيء (مفاتيح جديدة، مفتاح استرداد جديد)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="99"/>
        <source>List export started</source>
        <translation>بدأ تصدير القائمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="100"/>
        <source>List export failed (no file left)</source>
        <translation>فشل تصدير القائمة (لم يبقَ أي ملف)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="101"/>
        <source>Keyring linked again</source>
        <translation>أُعيد ربط حلقة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="102"/>
        <source>Duress passphrase set</source>
        <translation>عُيّنت عبارة مرور الإكراه</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="103"/>
        <source>Duress passphrase removed</source>
        <translation>أُزيلت عبارة مرور الإكراه</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="104"/>
        <source>Settings changed</source>
        <translation>غُيّرت الإعدادات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="105"/>
        <source>Person erased</source>
        <translation>مُحي شخص</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="106"/>
        <source>People merged</source>
        <translation>دُمج أشخاص</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="107"/>
        <source>Organisation changed</source>
        <translation>عُدّلت منظمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="108"/>
        <source>Meeting created</source>
        <translation>أُنشئ اجتماع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="109"/>
        <source>Meeting changed</source>
        <translation>عُدّل اجتماع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="110"/>
        <source>Meeting status changed</source>
        <translation>تغيّرت حالة اجتماع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="111"/>
        <source>Invitations sent</source>
        <translation>أُرسلت الدعوات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="112"/>
        <source>Invitation withdrawn</source>
        <translation>سُحبت دعوة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="113"/>
        <source>Reply recorded</source>
        <translation>سُجّل رد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="114"/>
        <source>Role in a meeting changed</source>
        <translation>تغيّر الدور في اجتماع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="115"/>
        <source>Attendance recorded</source>
        <translation>سُجّل الحضور</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="116"/>
        <source>Meeting risk assessed</source>
        <translation>قُيّمت مخاطر اجتماع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="117"/>
        <source>Safety warning overridden</source>
        <translation>تُجووز تحذير السلامة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="118"/>
        <source>Meeting signed off</source>
        <translation>اعتُمد اجتماع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="119"/>
        <source>Safety flag checked</source>
        <translation>تم التحقق من تنبيه سلامة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="120"/>
        <source>Safety flag check withdrawn</source>
        <translation>سُحب التحقق من تنبيه سلامة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="121"/>
        <source>Invitation drafts written</source>
        <translation>كُتبت مسودات الدعوات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="122"/>
        <source>Meeting outcome noted</source>
        <translation>دُوّنت نتيجة اجتماع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="123"/>
        <source>Programme changed</source>
        <translation>عُدّل البرنامج</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="124"/>
        <source>Programme exported</source>
        <translation>صُدّر البرنامج</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="125"/>
        <source>Follow-up created</source>
        <translation>أُنشئت متابعة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="126"/>
        <source>Follow-up changed</source>
        <translation>عُدّلت متابعة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="127"/>
        <source>Follow-up removed</source>
        <translation>أُزيلت متابعة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="128"/>
        <source>List written</source>
        <translation>كُتبت قائمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="129"/>
        <source>People imported</source>
        <translation>استُورد أشخاص</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="130"/>
        <source>Organisations imported</source>
        <translation>استُوردت منظمات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="131"/>
        <source>Bundle merged</source>
        <translation>دُمجت حزمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="132"/>
        <source>Records sent away for travel</source>
        <translation>نُقلت سجلات إلى حزمة سفر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="133"/>
        <source>Records brought back from travel</source>
        <translation>أُعيدت سجلات من السفر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="134"/>
        <source>Opened without changes that were lost</source>
        <translation>فُتحت دون تغييرات ضاعت</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="135"/>
        <source>Demo records added</source>
        <translation>أُضيفت سجلات تجريبية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="163"/>
        <source>meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="164"/>
        <source>meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="165"/>
        <source>person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="166"/>
        <source>people</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="167"/>
        <source>organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="168"/>
        <source>organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="169"/>
        <source>count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="170"/>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="171"/>
        <source>role</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="172"/>
        <source>flag</source>
        <translation>التنبيه</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="173"/>
        <source>flags</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="174"/>
        <source>severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="175"/>
        <source>purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="176"/>
        <source>override</source>
        <translation>التجاوز</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="177"/>
        <source>format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="178"/>
        <source>method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="179"/>
        <source>fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="180"/>
        <source>added</source>
        <translation>المُضاف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="181"/>
        <source>updated</source>
        <translation>المُحدَّث</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="182"/>
        <source>removed</source>
        <translation>المُزال</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="183"/>
        <source>already</source>
        <translation>الموجود مسبقًا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="184"/>
        <source>invitations</source>
        <translation>الدعوات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="185"/>
        <source>problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="186"/>
        <source>year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="187"/>
        <source>tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="188"/>
        <source>mode</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="189"/>
        <source>follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="190"/>
        <source>drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="191"/>
        <source>contact log entries</source>
        <translation>إدخالات سجل التواصل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="192"/>
        <source>mentions to review</source>
        <translation>إشارات للمراجعة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="193"/>
        <source>erased person&apos;s hash</source>
        <translation>بصمة الشخص المحذوف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="194"/>
        <source>who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="195"/>
        <source>for</source>
        <translation>لمن</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="196"/>
        <source>scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="197"/>
        <source>rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="198"/>
        <source>only counted</source>
        <translation>المعدودون فقط</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="199"/>
        <source>file fingerprint (SHA-256)</source>
        <translation>بصمة الملف (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="200"/>
        <source>file type</source>
        <translation>نوع الملف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="201"/>
        <source>list</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="202"/>
        <source>attendance record for the host</source>
        <translation>سجل حضور للجهة المضيفة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="203"/>
        <source>cleared by</source>
        <translation>أُجيز عبر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="211"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="211"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="235"/>
        <source>everyone active</source>
        <translation>كل النشطين</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="236"/>
        <source>one person</source>
        <translation>شخص واحد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="237"/>
        <source>the people of a filter</source>
        <translation>الأشخاص ضمن عامل تصفية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="241"/>
        <source>the public</source>
        <translation>العموم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="242"/>
        <source>a venue</source>
        <translation>مكان انعقاد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="243"/>
        <source>co-organisers</source>
        <translation>الجهات المشاركة في التنظيم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="244"/>
        <source>another coordinator</source>
        <translation>منسق آخر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="248"/>
        <source>the safety review&apos;s sign-off</source>
        <translation>اعتماد مراجعة السلامة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="249"/>
        <source>no review needed</source>
        <translation>لا حاجة إلى مراجعة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="250"/>
        <source>an override</source>
        <translation>تجاوز</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="299"/>
        <source>Entry</source>
        <translation>الإدخال</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="299"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="299"/>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="299"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="117"/>
        <source>Back up the vault</source>
        <translation>نسخ الخزنة احتياطيًا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="124"/>
        <source>An encrypted copy, for a safe place</source>
        <translation>نسخة مشفرة تُحفظ في مكان آمن</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="128"/>
        <source>The backup is one encrypted file. It opens with the passphrase and the recovery key this vault has today, so keep it as safe as the vault: on a USB stick that does not travel with the laptop, for example.</source>
        <translation>النسخة الاحتياطية ملف مشفر واحد. تُفتح بعبارة المرور ومفتاح الاسترداد الحاليين لهذه الخزنة، فاحفظها بعناية كالخزنة نفسها: على ذاكرة USB لا تسافر مع الحاسوب مثلًا.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="137"/>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="141"/>
        <source>Save to:</source>
        <translation>الحفظ في:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="150"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="152"/>
        <source>&amp;Back up</source>
        <translation>&amp;نسخ احتياطي</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="164"/>
        <source>This is the disk the vault is on: a broken disk, or whoever takes the laptop, takes the backup too. Plug in a USB drive and choose it.</source>
        <translation>هذا هو القرص الذي عليه الخزنة: إن تعطل القرص أو أخذ أحدٌ الحاسوب ذهبت النسخة الاحتياطية أيضًا. صِل ذاكرة USB واخترها.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="174"/>
        <source>Save the backup as</source>
        <translation>حفظ النسخة الاحتياطية باسم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="175"/>
        <source>BizHR backups (*.bizhr-backup)</source>
        <translation>نسخ BizHR الاحتياطية (*.bizhr-backup)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="205"/>
        <source>Backup written to %1. Restore it with: bizhr restore.</source>
        <translation>كُتبت النسخة الاحتياطية في %1. لاستعادتها: bizhr restore.</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="253"/>
        <source>Import a bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="262"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="265"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="286"/>
        <source>Open a bundle from another coordinator</source>
        <translation>فتح حزمة من منسق آخر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="291"/>
        <source>A bundle (.age) holds full records, encrypted with a passphrase the other coordinator gave you. Nothing changes in your vault until you apply the merge.</source>
        <translation>الحزمة (.age) تحوي سجلات كاملة، مشفرة بعبارة مرور أعطاك إياها المنسق الآخر. لا يتغير شيء في خزنتك حتى تطبّق الدمج.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="296"/>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="300"/>
        <source>Bundle passphrase</source>
        <translation>عبارة مرور الحزمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="318"/>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="334"/>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="344"/>
        <source>What the merge will do</source>
        <translation>ما سيفعله الدمج</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="355"/>
        <source>For every record that differs</source>
        <translation>لكل سجل مختلف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="356"/>
        <source>Keep mine</source>
        <translation>إبقاء نسختي</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="357"/>
        <source>Take theirs</source>
        <translation>أخذ نسختهم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="358"/>
        <source>Newer edit wins</source>
        <translation>الأحدث تعديلًا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="359"/>
        <source>Apply to all</source>
        <translation>تطبيق على الكل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="367"/>
        <source>For every record that differs:</source>
        <translation>لكل سجل مختلف:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="385"/>
        <source>Bundle imported</source>
        <translation>استُوردت الحزمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="393"/>
        <source>Recorded in the audit log, by counts only.</source>
        <translation>دُوّن في سجل التدقيق بالأعداد فقط.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="407"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="408"/>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="409"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="459"/>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="493"/>
        <source>Not a bundle</source>
        <translation>ليست حزمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="461"/>
        <source>{name} is not a BizHR bundle (an encrypted .age file made by “Export” for another coordinator).</source>
        <translation>{name} ليس حزمة BizHR (ملف .age مشفر يُنشأ بـ«تصدير» لمنسق آخر).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="483"/>
        <source>Wrong passphrase</source>
        <translation>عبارة مرور خاطئة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="485"/>
        <source>The file is incomplete</source>
        <translation>الملف غير مكتمل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="487"/>
        <source>The file was altered</source>
        <translation>عُدّل الملف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="489"/>
        <source>Made by a newer BizHR Desktop</source>
        <translation>أُنشئت بإصدار أحدث من BizHR Desktop</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="491"/>
        <source>The bundle&apos;s records are not valid</source>
        <translation>سجلات الحزمة غير صالحة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="494"/>
        <source>The bundle could not be opened</source>
        <translation>تعذّر فتح الحزمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="504"/>
        <source>Opening the bundle… This takes a few seconds on purpose: it makes guessing the passphrase slow.</source>
        <translation>جارٍ فتح الحزمة… يستغرق ذلك بضع ثوانٍ عمدًا، ليصبح تخمين عبارة المرور بطيئًا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="538"/>
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n أشخاص جديد</numerusform>
            <numerusform>شخص واحد جديد</numerusform>
            <numerusform>شخصان جديد</numerusform>
            <numerusform>%n أشخاص جديد</numerusform>
            <numerusform>%n شخصًا جديد</numerusform>
            <numerusform>%n شخص جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="539"/>
        <source>%n identical</source>
        <translation>
            <numerusform>متطابقة: %n</numerusform>
            <numerusform>متطابقة: %n</numerusform>
            <numerusform>متطابقة: %n</numerusform>
            <numerusform>متطابقة: %n</numerusform>
            <numerusform>متطابقة: %n</numerusform>
            <numerusform>متطابقة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="540"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>%n تعارضًا</numerusform>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="548"/>
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n منظمات جديدة</numerusform>
            <numerusform>منظمة واحدة جديدة</numerusform>
            <numerusform>منظمتان جديدة</numerusform>
            <numerusform>%n منظمات جديدة</numerusform>
            <numerusform>%n منظمة جديدة</numerusform>
            <numerusform>%n منظمة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="555"/>
        <source>%n contact log entry(ies)</source>
        <translation>
            <numerusform>%n إدخالات في سجل الاتصالات</numerusform>
            <numerusform>إدخال واحد في سجل الاتصالات</numerusform>
            <numerusform>إدخالان في سجل الاتصالات</numerusform>
            <numerusform>%n إدخالات في سجل الاتصالات</numerusform>
            <numerusform>%n إدخالًا في سجل الاتصالات</numerusform>
            <numerusform>%n إدخال في سجل الاتصالات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="563"/>
        <source>invisible characters that can make a name look like another are taken out of %n value(s)</source>
        <translation>
            <numerusform>تُزال أحرف غير مرئية قد تجعل اسمًا يشبه آخر من قيم عددها %n</numerusform>
            <numerusform>تُزال أحرف غير مرئية قد تجعل اسمًا يشبه آخر من قيم عددها %n</numerusform>
            <numerusform>تُزال أحرف غير مرئية قد تجعل اسمًا يشبه آخر من قيم عددها %n</numerusform>
            <numerusform>تُزال أحرف غير مرئية قد تجعل اسمًا يشبه آخر من قيم عددها %n</numerusform>
            <numerusform>تُزال أحرف غير مرئية قد تجعل اسمًا يشبه آخر من قيم عددها %n</numerusform>
            <numerusform>تُزال أحرف غير مرئية قد تجعل اسمًا يشبه آخر من قيم عددها %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="572"/>
        <source>Nothing to import: your vault already holds all of it.</source>
        <translation>لا شيء للاستيراد: خزنتك تحوي كل ذلك بالفعل.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="578"/>
        <source>These records differ between your vault and the bundle. Your version is kept unless you choose otherwise.</source>
        <translation>هذه السجلات مختلفة بين خزنتك والحزمة. تُبقى نسختك ما لم تختر غير ذلك.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="603"/>
        <source>Applying the merge…</source>
        <translation>جارٍ تطبيق الدمج…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="621"/>
        <source>Nothing was changed in your vault.</source>
        <translation>لم يتغير شيء في خزنتك.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="629"/>
        <source>%n person(s) added.</source>
        <translation>
            <numerusform>أُضيف %n أشخاص.</numerusform>
            <numerusform>أُضيف شخص واحد.</numerusform>
            <numerusform>أُضيف شخصان.</numerusform>
            <numerusform>أُضيف %n أشخاص.</numerusform>
            <numerusform>أُضيف %n شخصًا.</numerusform>
            <numerusform>أُضيف %n شخص.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="631"/>
        <source>%n record(s) updated from the bundle.</source>
        <translation>
            <numerusform>حُدّث من الحزمة: %n سجلات.</numerusform>
            <numerusform>حُدّث من الحزمة: سجل واحد.</numerusform>
            <numerusform>حُدّث من الحزمة: سجلان.</numerusform>
            <numerusform>حُدّث من الحزمة: %n سجلات.</numerusform>
            <numerusform>حُدّث من الحزمة: %n سجلًا.</numerusform>
            <numerusform>حُدّث من الحزمة: %n سجل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="634"/>
        <source>%n record(s) kept as in your vault.</source>
        <translation>
            <numerusform>أُبقي كما في خزنتك: %n سجلات.</numerusform>
            <numerusform>أُبقي كما في خزنتك: سجل واحد.</numerusform>
            <numerusform>أُبقي كما في خزنتك: سجلان.</numerusform>
            <numerusform>أُبقي كما في خزنتك: %n سجلات.</numerusform>
            <numerusform>أُبقي كما في خزنتك: %n سجلًا.</numerusform>
            <numerusform>أُبقي كما في خزنتك: %n سجل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="636"/>
        <source>%n record(s) already identical.</source>
        <translation>
            <numerusform>متطابق أصلًا: %n سجلات.</numerusform>
            <numerusform>متطابق أصلًا: سجل واحد.</numerusform>
            <numerusform>متطابق أصلًا: سجلان.</numerusform>
            <numerusform>متطابق أصلًا: %n سجلات.</numerusform>
            <numerusform>متطابق أصلًا: %n سجلًا.</numerusform>
            <numerusform>متطابق أصلًا: %n سجل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="642"/>
        <source>%n organisation(s) added.</source>
        <translation>
            <numerusform>أُضيفت %n منظمات.</numerusform>
            <numerusform>أُضيفت منظمة واحدة.</numerusform>
            <numerusform>أُضيفت منظمتان.</numerusform>
            <numerusform>أُضيفت %n منظمات.</numerusform>
            <numerusform>أُضيفت %n منظمة.</numerusform>
            <numerusform>أُضيفت %n منظمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="649"/>
        <source>%n contact log entry(ies) added.</source>
        <translation>
            <numerusform>أُضيف %n إدخالات في سجل الاتصالات.</numerusform>
            <numerusform>أُضيف إدخال واحد في سجل الاتصالات.</numerusform>
            <numerusform>أُضيف إدخالان في سجل الاتصالات.</numerusform>
            <numerusform>أُضيف %n إدخالات في سجل الاتصالات.</numerusform>
            <numerusform>أُضيف %n إدخالًا في سجل الاتصالات.</numerusform>
            <numerusform>أُضيف %n إدخال في سجل الاتصالات.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="268"/>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="270"/>
        <source>Choose a new passphrase</source>
        <translation>اختر عبارة مرور جديدة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="274"/>
        <source>Nothing is re-encrypted: the vault&apos;s key is wrapped again under the new passphrase, and the old one stops opening this key file at once. A copy of the key file made before now (a backup, a copied or synced folder) still opens with the old passphrase and reaches today&apos;s records. If someone may know the old passphrase, use Safety ▸ Revoke everything instead.</source>
        <translation>لا يُعاد تشفير أي شيء: يُختم مفتاح الخزنة من جديد بعبارة المرور الجديدة، وتتوقف القديمة فورًا عن فتح ملف المفتاح هذا. لكن نسخة من ملف المفتاح أُخذت قبل الآن (نسخة احتياطية، أو مجلد منسوخ أو متزامن) ما زالت تُفتح بعبارة المرور القديمة وتصل إلى سجلات اليوم. إن كان أحد قد يعرف العبارة القديمة، فاستخدم بدلًا من ذلك: أمان ◂ إبطال كل شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="286"/>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="287"/>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="289"/>
        <source>Repeat the new passphrase</source>
        <translation>كرر عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="292"/>
        <source>&amp;Current passphrase:</source>
        <translation>عبارة المرور ال&amp;حالية:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="293"/>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="295"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;كررها:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="299"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="301"/>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;تغيير عبارة المرور</translation>
    </message>
</context>
<context>
    <name>CheckInMatchesModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="399"/>
        <source>{name}   —   ✓ already checked in</source>
        <translation>{name}   —   ✓ سُجّل حضوره بالفعل</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="57"/>
        <source>Back to the programme (Esc)</source>
        <translation>العودة إلى البرنامج (Esc)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="63"/>
        <source>Attended and accepted</source>
        <translation>الحضور والقبول</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="67"/>
        <source>Name of the person arriving</source>
        <translation>اسم الشخص القادم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="68"/>
        <source>Type the name of the person arriving…</source>
        <translation>اكتب اسم الشخص القادم…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="76"/>
        <source>Invitees found</source>
        <translation>المدعوون الذين عُثر عليهم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="86"/>
        <source>Check-in result</source>
        <translation>نتيجة تسجيل الحضور</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="89"/>
        <source>Enter checks in the highlighted person; ↑ and ↓ move the highlight. People at high risk are listed under their pseudonym: their real name still finds them.</source>
        <translation>يسجّل مفتاح Enter حضور الشخص المظلَّل، ويحرّك ↑ و↓ التظليل. يظهر الأشخاص المعرضون لخطر مرتفع بأسمائهم المستعارة، لكن البحث باسمهم الحقيقي يجدهم أيضًا.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="133"/>
        <source>Check-in: {title}</source>
        <translation>تسجيل الحضور: {title}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="161"/>
        <source>Nobody invited matches “{text}”.</source>
        <translation>لا أحد من المدعوين يطابق «{text}».</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="188"/>
        <source>{name} is already checked in.</source>
        <translation>سُجّل حضور {name} من قبل.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="199"/>
        <source>✓ Checked in: {name}</source>
        <translation>✓ سُجّل الحضور: {name}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="218"/>
        <source>{attended} attended / {accepted} accepted</source>
        <translation>حضر {attended} / قبِل {accepted}</translation>
    </message>
</context>
<context>
    <name>ChoiceMenuButton</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="60"/>
        <source>Nothing to choose yet</source>
        <translation>لا شيء للاختيار بعد</translation>
    </message>
</context>
<context>
    <name>ConflictTree</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="106"/>
        <source>Person / field</source>
        <translation>الشخص / الحقل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="106"/>
        <source>In your vault</source>
        <translation>في خزنتك</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="106"/>
        <source>In the bundle</source>
        <translation>في الحزمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="108"/>
        <source>Records that differ</source>
        <translation>السجلات المختلفة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="153"/>
        <source>What to keep for {who}</source>
        <translation>ما يُبقى من بيانات {who}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="154"/>
        <source>Keep mine</source>
        <translation>إبقاء نسختي</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="155"/>
        <source>Take theirs</source>
        <translation>أخذ نسختهم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="156"/>
        <source>Newer edit wins</source>
        <translation>الأحدث تعديلًا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="164"/>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="207"/>
        <source>Reveal</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="167"/>
        <source>Show this person&apos;s values for {seconds} seconds</source>
        <translation>إظهار بيانات هذا الشخص لمدة {seconds} ثانية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="184"/>
        <source>edited {day}</source>
        <translation>عُدّل في {day}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="186"/>
        <source>newer</source>
        <translation>أحدث</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="207"/>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="216"/>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="217"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="30"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="33"/>
        <source>May be named to other network participants</source>
        <translation>يجوز ذكر اسمه لمشاركين آخرين في الشبكة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="34"/>
        <source>May be named to co-organisers</source>
        <translation>يجوز ذكر اسمه للجهات المشاركة في التنظيم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="35"/>
        <source>May be named publicly</source>
        <translation>يجوز ذكر اسمه علنًا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="36"/>
        <source>Consent given on</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="39"/>
        <source>How consent was given</source>
        <translation>طريقة الموافقة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="43"/>
        <source>Signed form</source>
        <translation>استمارة موقعة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="44"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="45"/>
        <source>Verbal, recorded by staff</source>
        <translation>شفهية، دوّنها الفريق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="46"/>
        <source>Secure message</source>
        <translation>رسالة آمنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="52"/>
        <source>Given on</source>
        <translation>تاريخها</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="53"/>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="129"/>
        <source>No consent is recorded: this person may not be named to anyone.</source>
        <translation>لا توجد موافقة مسجلة: لا يجوز ذكر اسم هذا الشخص لأحد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="136"/>
        <source>Consent was recorded more than %n month(s) ago ({date}). Ask again before sharing this person&apos;s name.</source>
        <translation>
            <numerusform>سُجّلت الموافقة قبل أكثر من %n أشهر ({date}). اطلبها من جديد قبل مشاركة اسم هذا الشخص.</numerusform>
            <numerusform>سُجّلت الموافقة قبل أكثر من شهر ({date}). اطلبها من جديد قبل مشاركة اسم هذا الشخص.</numerusform>
            <numerusform>سُجّلت الموافقة قبل أكثر من شهرين ({date}). اطلبها من جديد قبل مشاركة اسم هذا الشخص.</numerusform>
            <numerusform>سُجّلت الموافقة قبل أكثر من %n أشهر ({date}). اطلبها من جديد قبل مشاركة اسم هذا الشخص.</numerusform>
            <numerusform>سُجّلت الموافقة قبل أكثر من %n شهرًا ({date}). اطلبها من جديد قبل مشاركة اسم هذا الشخص.</numerusform>
            <numerusform>سُجّلت الموافقة قبل أكثر من %n شهر ({date}). اطلبها من جديد قبل مشاركة اسم هذا الشخص.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactLogView</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="38"/>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="47"/>
        <source>Contact log</source>
        <translation>سجل الاتصالات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="46"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="46"/>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="60"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="46"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="57"/>
        <source>Date of the contact</source>
        <translation>تاريخ الاتصال</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="63"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="64"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="65"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="66"/>
        <source>In person</source>
        <translation>حضوريًا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="67"/>
        <source>Via intermediary</source>
        <translation>عبر وسيط</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="71"/>
        <source>What was said or agreed</source>
        <translation>ما قيل أو اتُّفق عليه</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="72"/>
        <source>Summary of the contact</source>
        <translation>ملخص الاتصال</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="74"/>
        <source>Add entry</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="113"/>
        <source>No contact recorded yet.</source>
        <translation>لا اتصالات مسجلة بعد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="122"/>
        <source>Save the person first to log a contact.</source>
        <translation>احفظ الشخص أولًا لتسجيل اتصال.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="124"/>
        <source>Reveal this person to read or add entries.</source>
        <translation>أظهر هذا الشخص لقراءة الإدخالات أو إضافتها.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="133"/>
        <source>Write a short summary of the contact.</source>
        <translation>اكتب ملخصًا قصيرًا للاتصال.</translation>
    </message>
</context>
<context>
    <name>CountriesEdit</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/fields.py" line="108"/>
        <source>Codes or names, separated by commas: SD, Myanmar</source>
        <translation>رموز أو أسماء مفصولة بفواصل: SD, Myanmar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/fields.py" line="110"/>
        <source>Countries understood</source>
        <translation>البلدان المتعرَّف عليها</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="103"/>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="124"/>
        <source>Create a vault</source>
        <translation>إنشاء خزنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="128"/>
        <source>A vault is one encrypted file that holds your network&apos;s records. Without your passphrase, nobody can read anything in it.</source>
        <translation>الخزنة ملف مشفر واحد يحوي سجلات شبكتك. بدون عبارة مرورك لا يستطيع أحد قراءة أي شيء فيها.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="142"/>
        <source>Vault location</source>
        <translation>موقع الخزنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="146"/>
        <source>&amp;Choose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="148"/>
        <source>Choose where to save the vault</source>
        <translation>اختيار مكان حفظ الخزنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="150"/>
        <source>&amp;Location:</source>
        <translation>ال&amp;موقع:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="165"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="167"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="177"/>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="182"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;كررها:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="197"/>
        <source>&amp;Try it first: a separate demo vault filled with fictional people</source>
        <translation>&amp;جرّب أولًا: خزنة تجريبية منفصلة فيها أشخاص خياليون</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="201"/>
        <source>Creates a demo vault beside your real one, with made-up participants, defenders and meetings to explore safely. Nothing real goes into it.</source>
        <translation>يُنشئ خزنة تجريبية بجانب خزنتك الحقيقية، فيها مشاركون ومدافعون واجتماعات من نسج الخيال لاستكشاف البرنامج بأمان. لا يدخلها أي شيء حقيقي.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="214"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="217"/>
        <source>C&amp;reate vault</source>
        <translation>إ&amp;نشاء الخزنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="236"/>
        <source>How the vault opens</source>
        <translation>طريقة فتح الخزنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="242"/>
        <source>Passphrase and this computer&apos;s &amp;keyring (recommended)</source>
        <translation>عبارة المرور و&amp;حلقة مفاتيح هذا الحاسوب (مستحسن)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="244"/>
        <source>Passphrase &amp;only</source>
        <translation>عبارة المرور &amp;فقط</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="251"/>
        <source>Two secrets are needed: your passphrase and a key kept in this computer&apos;s keyring ({backend}). A copy of the vault file is useless elsewhere, even to someone who learns your passphrase. On another computer you open it with the recovery key.</source>
        <translation>يلزم سرّان: عبارة مرورك ومفتاح محفوظ في حلقة مفاتيح هذا الحاسوب ({backend}). نسخة ملف الخزنة لا تنفع في مكان آخر، حتى لمن يعرف عبارة مرورك. على حاسوب آخر تُفتح الخزنة بمفتاح الاسترداد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="257"/>
        <source>Not available on this computer.</source>
        <translation>غير متاح على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="266"/>
        <source>Anyone who has a copy of the vault file and learns your passphrase can open it.</source>
        <translation>يستطيع فتحها أي شخص لديه نسخة من ملف الخزنة ويعرف عبارة مرورك.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="285"/>
        <source>This vault will be protected by your passphrase alone, because this computer has no secure keyring that BizHR can use. That is still strong encryption: choose a long passphrase and keep it to yourself.</source>
        <translation>ستُحمى هذه الخزنة بعبارة مرورك وحدها، لأن هذا الحاسوب لا يملك حلقة مفاتيح آمنة يستطيع BizHR استخدامها. يبقى التشفير قويًا: اختر عبارة مرور طويلة واحتفظ بها لنفسك.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="291"/>
        <source>Details: {reason}</source>
        <translation>التفاصيل: {reason}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="310"/>
        <source>Creating your vault…</source>
        <translation>جارٍ إنشاء خزنتك…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="315"/>
        <source>Creating the vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="320"/>
        <source>Your passphrase is being turned into a key. This is slow on purpose: it makes guessing the passphrase slow too.</source>
        <translation>تُحوَّل عبارة مرورك إلى مفتاح. العملية بطيئة عمدًا، ليصبح تخمين عبارة المرور بطيئًا أيضًا.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="334"/>
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="338"/>
        <source>If you forget your passphrase, or this computer&apos;s keyring is lost, this key is the only way into the vault. It is shown only this once. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>إذا نسيت عبارة مرورك أو فُقدت حلقة مفاتيح هذا الحاسوب، فهذا المفتاح هو الطريق الوحيد إلى الخزنة. لا يُعرض إلا هذه المرة. دوّنه أو اطبعه واحفظه في مكان آمن بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="356"/>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="360"/>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="362"/>
        <source>Copy the recovery key</source>
        <translation>نسخ مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="364"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="366"/>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="543"/>
        <source>Print the recovery key</source>
        <translation>طباعة مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="377"/>
        <source>I have stored the recovery key somewhere &amp;safe</source>
        <translation>حفظتُ مفتاح الاسترداد في مكان آ&amp;من</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="384"/>
        <source>Co&amp;ntinue</source>
        <translation>م&amp;تابعة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="409"/>
        <source>The two passphrases match.</source>
        <translation>عبارتا المرور متطابقتان.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="411"/>
        <source>The two passphrases do not match yet.</source>
        <translation>عبارتا المرور غير متطابقتين بعد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="418"/>
        <source>A vault already exists there. Choose another name or folder.</source>
        <translation>توجد خزنة في هذا المكان. اختر اسمًا أو مجلدًا آخر.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="442"/>
        <source>Where to save the vault</source>
        <translation>مكان حفظ الخزنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="508"/>
        <source>Could not create the vault there: {reason}.</source>
        <translation>تعذّر إنشاء الخزنة هناك: {reason}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="532"/>
        <source>Copied. The clipboard will be emptied in 15 seconds.</source>
        <translation>نُسخ. ستُفرَّغ الحافظة بعد 15 ثانية.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="552"/>
        <source>BizHR Desktop recovery key</source>
        <translation>مفتاح استرداد BizHR Desktop</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="553"/>
        <source>Vault file: {name}</source>
        <translation>ملف الخزنة: {name}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="558"/>
        <source>Keep this page somewhere safe, away from the computer. Anyone holding it and a copy of the vault can open the vault.</source>
        <translation>احفظ هذه الصفحة في مكان آمن بعيدًا عن الحاسوب. من يملكها مع نسخة من الخزنة يستطيع فتح الخزنة.</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="52"/>
        <source>Where should the file go?</source>
        <translation>أين يُحفظ الملف؟</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="56"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="59"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="62"/>
        <source>A file with this name exists: replace it</source>
        <translation>يوجد ملف بهذا الاسم: استبداله</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="83"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="83"/>
        <source>Write the file</source>
        <translation>كتابة الملف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="90"/>
        <source>The file is encrypted. Send it and its passphrase by different routes (for example the file by email, the passphrase by phone or in person).</source>
        <translation>الملف مشفر. أرسله وأرسل عبارة مروره بطريقين مختلفين (مثلًا الملف بالبريد الإلكتروني، وعبارة المرور بالهاتف أو حضوريًا).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="95"/>
        <source>This file is not encrypted. Keep it only as long as needed, and prefer a folder that is not synchronised to a cloud service.</source>
        <translation>هذا الملف غير مشفر. لا تحتفظ به إلا المدة اللازمة، ويُفضَّل مجلد غير متزامن مع خدمة سحابية.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="120"/>
        <source>Save the list as</source>
        <translation>حفظ القائمة باسم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="122"/>
        <source>{format} files (*{ext})</source>
        <translation>ملفات {format} (*{ext})</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="137"/>
        <source>Give the file a name.</source>
        <translation>أعطِ الملف اسمًا.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="140"/>
        <source>This is a folder: add a file name.</source>
        <translation>هذا مجلد: أضف اسم ملف.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="142"/>
        <source>The folder {folder} does not exist.</source>
        <translation>المجلد {folder} غير موجود.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="85"/>
        <source>Choose a bundle</source>
        <translation>اختيار حزمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="86"/>
        <source>BizHR bundles (*.age)</source>
        <translation>حزم BizHR ‏(*.age)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="189"/>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="239"/>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="240"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} موجود مسبقًا. هل تريد استبداله؟</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="70"/>
        <source>Choose a file to import</source>
        <translation>اختيار ملف للاستيراد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="71"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>جداول البيانات (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="417"/>
        <source>Cancel meeting</source>
        <translation>إلغاء الاجتماع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="418"/>
        <source>Cancel “{title}”? It stays in the programme, struck through, with its invitations; calendars that have it will show it cancelled.</source>
        <translation>إلغاء «{title}»؟ سيبقى في البرنامج مشطوبًا مع دعواته، وستُظهره التقاويم التي تحويه ملغًى.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="58"/>
        <source>Travel bundles (*.age)</source>
        <translation>حزم السفر (*.age)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="254"/>
        <source>BizHR vaults (*.bizhr)</source>
        <translation>خزائن BizHR ‏(*.bizhr)</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="75"/>
        <source>Invitation drafts</source>
        <translation>مسودات الدعوات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="79"/>
        <source>Drafts are written as .eml files for your mail program; nothing is sent. People at high or critical risk get no draft: reach them through their secure channel.</source>
        <translation>تُكتب المسودات ملفاتِ ‎.eml لبرنامج البريد لديك، ولا يُرسل شيء. لا تُكتب مسودة للأشخاص المعرضين لخطر مرتفع أو حرج: تواصل معهم عبر قناتهم الآمنة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="88"/>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="170"/>
        <source>Folder for the drafts</source>
        <translation>مجلد المسودات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="90"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="96"/>
        <source>One draft per invitee</source>
        <translation>مسودة لكل مدعو</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="97"/>
        <source>One draft to yourself, every invitee in Bcc</source>
        <translation>مسودة واحدة إليك، وكل المدعوين في نسخة مخفية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="103"/>
        <source>Sender name</source>
        <translation>اسم المرسل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="104"/>
        <source>e.g. Business Network coordination</source>
        <translation>مثلًا: تنسيق شبكة الأعمال</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="106"/>
        <source>Sender address</source>
        <translation>عنوان المرسل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="107"/>
        <source>you@example.org</source>
        <translation>you@example.org</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="111"/>
        <source>Also write neutral drafts (date only, no topic or country) for people at high risk</source>
        <translation>كتابة مسودات محايدة أيضًا (التاريخ فقط، بلا موضوع أو بلد) للأشخاص المعرضين لخطر مرتفع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="117"/>
        <source>This meeting&apos;s safety review is not signed off. Sign it off first, or give the reason these drafts must be written now (kept in the vault):</source>
        <translation>مراجعة السلامة لهذا الاجتماع غير معتمدة. اعتمدها أولًا، أو اذكر سبب وجوب كتابة هذه المسودات الآن (يُحفظ في الخزنة):</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="124"/>
        <source>Reason to override the safety review</source>
        <translation>سبب تجاوز مراجعة السلامة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="139"/>
        <source>&amp;Folder</source>
        <translation>ال&amp;مجلد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="142"/>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="144"/>
        <source>Sender &amp;name</source>
        <translation>ا&amp;سم المرسل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="145"/>
        <source>Sender &amp;address</source>
        <translation>&amp;عنوان المرسل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="149"/>
        <source>Write drafts</source>
        <translation>كتابة المسودات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="184"/>
        <source>Choose a folder for the drafts.</source>
        <translation>اختر مجلدًا للمسودات.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="188"/>
        <source>Give the address the drafts are sent from.</source>
        <translation>اذكر العنوان الذي تُرسل منه المسودات.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="239"/>
        <source>%n draft(s) written.</source>
        <translation>
            <numerusform>كُتبت %n مسودات.</numerusform>
            <numerusform>كُتبت مسودة واحدة.</numerusform>
            <numerusform>كُتبت مسودتان.</numerusform>
            <numerusform>كُتبت %n مسودات.</numerusform>
            <numerusform>كُتبت %n مسودة.</numerusform>
            <numerusform>كُتبت %n مسودة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="245"/>
        <source>%n person(s) held back because at risk — reach them by their secure channel.</source>
        <translation>
            <numerusform>استُبعد لأنه معرّض للخطر: %n أشخاص — تواصل عبر القناة الآمنة.</numerusform>
            <numerusform>استُبعد لأنه معرّض للخطر: شخص واحد — تواصل عبر القناة الآمنة.</numerusform>
            <numerusform>استُبعد لأنه معرّض للخطر: شخصان — تواصل عبر القناة الآمنة.</numerusform>
            <numerusform>استُبعد لأنه معرّض للخطر: %n أشخاص — تواصل عبر القناة الآمنة.</numerusform>
            <numerusform>استُبعد لأنه معرّض للخطر: %n شخصًا — تواصل عبر القناة الآمنة.</numerusform>
            <numerusform>استُبعد لأنه معرّض للخطر: %n شخص — تواصل عبر القناة الآمنة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="256"/>
        <source>%n neutral draft(s) for people at risk.</source>
        <translation>
            <numerusform>مسودات محايدة للأشخاص المعرضين للخطر: %n.</numerusform>
            <numerusform>مسودات محايدة للأشخاص المعرضين للخطر: %n.</numerusform>
            <numerusform>مسودات محايدة للأشخاص المعرضين للخطر: %n.</numerusform>
            <numerusform>مسودات محايدة للأشخاص المعرضين للخطر: %n.</numerusform>
            <numerusform>مسودات محايدة للأشخاص المعرضين للخطر: %n.</numerusform>
            <numerusform>مسودات محايدة للأشخاص المعرضين للخطر: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="264"/>
        <source>%n invitee(s) without a usable e-mail address.</source>
        <translation>
            <numerusform>مدعوون بلا بريد إلكتروني صالح: %n.</numerusform>
            <numerusform>مدعوون بلا بريد إلكتروني صالح: %n.</numerusform>
            <numerusform>مدعوون بلا بريد إلكتروني صالح: %n.</numerusform>
            <numerusform>مدعوون بلا بريد إلكتروني صالح: %n.</numerusform>
            <numerusform>مدعوون بلا بريد إلكتروني صالح: %n.</numerusform>
            <numerusform>مدعوون بلا بريد إلكتروني صالح: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="279"/>
        <source>Replace the drafts?</source>
        <translation>استبدال المسودات؟</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="280"/>
        <source>This folder already holds drafts of the same names. Replace them?</source>
        <translation>يحتوي هذا المجلد على مسودات بالأسماء نفسها. هل تريد استبدالها؟</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="76"/>
        <source>Find duplicates</source>
        <translation>البحث عن التكرارات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="96"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="97"/>
        <source>Pseudonym</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="98"/>
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="99"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="100"/>
        <source>Role</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="101"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="102"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="103"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="104"/>
        <source>Secure channel</source>
        <translation>القناة الآمنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="105"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="106"/>
        <source>Risk level</source>
        <translation>مستوى الخطر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="107"/>
        <source>Consent: network participants</source>
        <translation>الموافقة: المشاركون في الشبكة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="108"/>
        <source>Consent: co-organisers</source>
        <translation>الموافقة: الجهات المشاركة في التنظيم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="109"/>
        <source>Consent: public</source>
        <translation>الموافقة: العموم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="110"/>
        <source>Consent given on</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="111"/>
        <source>How consent was given</source>
        <translation>طريقة الموافقة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="112"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="113"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="114"/>
        <source>Participation</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="115"/>
        <source>Joined on</source>
        <translation>تاريخ الانضمام</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="116"/>
        <source>Commitments acknowledged</source>
        <translation>الإقرار بالالتزامات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="119"/>
        <source>same name</source>
        <translation>الاسم نفسه</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="120"/>
        <source>same email</source>
        <translation>البريد نفسه</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="121"/>
        <source>same phone</source>
        <translation>الهاتف نفسه</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="124"/>
        <source>People who may be recorded twice</source>
        <translation>أشخاص ربما سُجّلوا مرتين</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="127"/>
        <source>Select a pair to see what merging it would do. Merging moves invitations, contact log entries and tags to the record you keep, then removes the other.</source>
        <translation>اختر زوجًا لترى نتيجة دمجه. ينقل الدمج الدعوات وإدخالات سجل الاتصالات والوسوم إلى السجل الذي تُبقيه، ثم يحذف الآخر.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="139"/>
        <source>Possible duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="141"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="141"/>
        <source>Possible duplicate</source>
        <translation>تكرار محتمل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="141"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="168"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="216"/>
        <source>Select a pair to see what a merge would do.</source>
        <translation>اختر زوجًا لترى نتيجة الدمج.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="223"/>
        <source>Kept</source>
        <translation>يُبقى</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="225"/>
        <source>Merged into it, then removed</source>
        <translation>يُدمج فيه ثم يُحذف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="227"/>
        <source>Swap: keep the other record</source>
        <translation>تبديل: إبقاء السجل الآخر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="258"/>
        <source>Fields that differ</source>
        <translation>الحقول المختلفة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="260"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="260"/>
        <source>Kept record</source>
        <translation>السجل المُبقى</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="260"/>
        <source>Other record</source>
        <translation>السجل الآخر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="260"/>
        <source>After</source>
        <translation>بعد الدمج</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="270"/>
        <source>Both records hold the same values.</source>
        <translation>السجلان يحويان القيم نفسها.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="276"/>
        <source>Merge…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="291"/>
        <source>What differs, and the value after the merge:</source>
        <translation>ما يختلف، والقيمة بعد الدمج:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="316"/>
        <source>Looking for people who may be the same…</source>
        <translation>جارٍ البحث عن أشخاص قد يكونون الشخص نفسه…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="336"/>
        <source>No possible duplicates found.</source>
        <translation>لم يُعثر على تكرارات محتملة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="338"/>
        <source>%n pair(s) may be the same person.</source>
        <translation>
            <numerusform>أزواج قد تكون الشخص نفسه: %n.</numerusform>
            <numerusform>أزواج قد تكون الشخص نفسه: %n.</numerusform>
            <numerusform>أزواج قد تكون الشخص نفسه: %n.</numerusform>
            <numerusform>أزواج قد تكون الشخص نفسه: %n.</numerusform>
            <numerusform>أزواج قد تكون الشخص نفسه: %n.</numerusform>
            <numerusform>أزواج قد تكون الشخص نفسه: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="389"/>
        <source>Someone in this pair is at high risk: select it and press Reveal to see both records.</source>
        <translation>أحد هذا الزوج معرّض لخطر مرتفع: اختره واضغط «إظهار» لرؤية السجلين.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="475"/>
        <source>{risk} risk</source>
        <translation>خطر {risk}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="507"/>
        <source>%n invitation(s) moved</source>
        <translation>
            <numerusform>نُقلت %n دعوات</numerusform>
            <numerusform>نُقلت دعوة واحدة</numerusform>
            <numerusform>نُقلت دعوتان</numerusform>
            <numerusform>نُقلت %n دعوات</numerusform>
            <numerusform>نُقلت %n دعوة</numerusform>
            <numerusform>نُقلت %n دعوة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="508"/>
        <source>%n combined</source>
        <translation>
            <numerusform>مدمجة: %n</numerusform>
            <numerusform>مدمجة: %n</numerusform>
            <numerusform>مدمجة: %n</numerusform>
            <numerusform>مدمجة: %n</numerusform>
            <numerusform>مدمجة: %n</numerusform>
            <numerusform>مدمجة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="509"/>
        <source>%n contact-log entry(ies) moved</source>
        <translation>
            <numerusform>نُقل %n إدخالات من سجل الاتصالات</numerusform>
            <numerusform>نُقل إدخال واحد من سجل الاتصالات</numerusform>
            <numerusform>نُقل إدخالان من سجل الاتصالات</numerusform>
            <numerusform>نُقل %n إدخالات من سجل الاتصالات</numerusform>
            <numerusform>نُقل %n إدخالًا من سجل الاتصالات</numerusform>
            <numerusform>نُقل %n إدخال من سجل الاتصالات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="510"/>
        <source>%n tag(s) added</source>
        <translation>
            <numerusform>أُضيف %n وسوم</numerusform>
            <numerusform>أُضيف وسم واحد</numerusform>
            <numerusform>أُضيف وسمان</numerusform>
            <numerusform>أُضيف %n وسوم</numerusform>
            <numerusform>أُضيف %n وسمًا</numerusform>
            <numerusform>أُضيف %n وسم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="518"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="531"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="531"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="545"/>
        <source>Both records are shown in full.</source>
        <translation>السجلان معروضان كاملين.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="546"/>
        <source>Hide now</source>
        <translation>إخفاء الآن</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="551"/>
        <source>Someone in this pair is at high risk: names and contact details are hidden, as people nearby could read them.</source>
        <translation>أحد هذا الزوج معرّض لخطر مرتفع: الأسماء وبيانات الاتصال مخفية، لأن من حولك قد يقرؤونها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="555"/>
        <source>Reveal (%n s)</source>
        <translation>
            <numerusform>إظهار (%n ث)</numerusform>
            <numerusform>إظهار (%n ث)</numerusform>
            <numerusform>إظهار (%n ث)</numerusform>
            <numerusform>إظهار (%n ث)</numerusform>
            <numerusform>إظهار (%n ث)</numerusform>
            <numerusform>إظهار (%n ث)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="590"/>
        <source>Hidden again in %n second(s)</source>
        <translation>
            <numerusform>يُخفى مجددًا بعد %n ثوانٍ</numerusform>
            <numerusform>يُخفى مجددًا بعد ثانية واحدة</numerusform>
            <numerusform>يُخفى مجددًا بعد ثانيتين</numerusform>
            <numerusform>يُخفى مجددًا بعد %n ثوانٍ</numerusform>
            <numerusform>يُخفى مجددًا بعد %n ثانية</numerusform>
            <numerusform>يُخفى مجددًا بعد %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="611"/>
        <source>Merge two records</source>
        <translation>دمج سجلين</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="612"/>
        <source>Merge “{drop}” into “{keep}”?</source>
        <translation>دمج «{drop}» في «{keep}»؟</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="621"/>
        <source>The other record is removed. This cannot be undone; the audit log records that two records were merged, not who.</source>
        <translation>يُحذف السجل الآخر. لا يمكن التراجع عن ذلك، ويدوّن سجل التدقيق أن سجلين دُمجا، لا أصحابهما.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="625"/>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="660"/>
        <source>Merged: “{keep}” now holds both records.</source>
        <translation>تم الدمج: «{keep}» يضم الآن السجلين.</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="197"/>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="244"/>
        <source>Duress passphrase</source>
        <translation>عبارة مرور الإكراه</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="202"/>
        <source>A passphrase to give under pressure</source>
        <translation>عبارة مرور تُعطى تحت الضغط</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="206"/>
        <source>If someone forces you to unlock this vault, give them the duress passphrase instead of your own. It opens what looks like a new, empty vault. Nothing on the screen or on the disk shows the difference.</source>
        <translation>إذا أجبرك أحد على فتح هذه الخزنة، فأعطه عبارة مرور الإكراه بدل عبارتك. تفتح ما يبدو خزنة جديدة فارغة. لا شيء على الشاشة أو القرص يكشف الفرق.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="217"/>
        <source>Show an &amp;empty vault; keep my records</source>
        <translation>عرض خزنة &amp;فارغة مع إبقاء سجلاتي</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="219"/>
        <source>Your records stay in the vault and open again with your own passphrase.</source>
        <translation>تبقى سجلاتك في الخزنة وتُفتح مجددًا بعبارة مرورك.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="223"/>
        <source>E&amp;rase my records, then show an empty vault</source>
        <translation>م&amp;حو سجلاتي ثم عرض خزنة فارغة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="227"/>
        <source>The moment the duress passphrase is typed, every key of the real vault is destroyed. Nobody can get the records back, not even you. Choose this if the laptop may be taken away.</source>
        <translation>بمجرد كتابة عبارة مرور الإكراه تُتلف كل مفاتيح الخزنة الحقيقية. لا يستطيع أحد استعادة السجلات، ولا أنت. اختر هذا إذا كان الحاسوب قد يُصادَر.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="246"/>
        <source>Repeat the duress passphrase</source>
        <translation>كرر عبارة مرور الإكراه</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="249"/>
        <source>Duress &amp;passphrase:</source>
        <translation>&amp;عبارة مرور الإكراه:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="251"/>
        <source>Re&amp;peat it:</source>
        <translation>&amp;كررها:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="258"/>
        <source>&amp;Remove duress passphrase</source>
        <translation>إ&amp;زالة عبارة مرور الإكراه</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="260"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="262"/>
        <source>&amp;Set duress passphrase</source>
        <translation>&amp;تعيين عبارة مرور الإكراه</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="282"/>
        <source>A duress passphrase is set for this vault.</source>
        <translation>عبارة مرور الإكراه معيّنة لهذه الخزنة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="284"/>
        <source>No duress passphrase is set for this vault.</source>
        <translation>لا توجد عبارة مرور إكراه لهذه الخزنة.</translation>
    </message>
</context>
<context>
    <name>EraseConfirmDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="79"/>
        <source>Erase this vault</source>
        <translation>محو هذه الخزنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="80"/>
        <source>ERASE</source>
        <translation>محو</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="81"/>
        <source>Erase this vault for good?</source>
        <translation>محو هذه الخزنة نهائيًا؟</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="84"/>
        <source>Every key of this vault is destroyed, then its files are removed. Nobody will be able to open it again: not you, and not anyone who knows your passphrase or holds your recovery key. It takes less than a second.

Backup files you made earlier are separate: they still open with the passphrase, so destroy them too if they must not survive.</source>
        <translation>تُتلف كل مفاتيح هذه الخزنة ثم تُحذف ملفاتها. لن يستطيع أحد فتحها مجددًا: لا أنت، ولا من يعرف عبارة مرورك أو يملك مفتاح الاسترداد. يستغرق ذلك أقل من ثانية.

النسخ الاحتياطية التي صنعتها سابقًا منفصلة: تظل تُفتح بعبارة المرور، فأتلفها أيضًا إن كان يجب ألا تبقى.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="94"/>
        <source>To confirm, type {word}:</source>
        <translation>للتأكيد، اكتب {word}:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="97"/>
        <source>Confirmation word</source>
        <translation>كلمة التأكيد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="102"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="104"/>
        <source>&amp;Erase…</source>
        <translation>م&amp;حو…</translation>
    </message>
</context>
<context>
    <name>EraseCountdownDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="127"/>
        <source>Erasing the vault</source>
        <translation>محو الخزنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="130"/>
        <source>The vault will be erased</source>
        <translation>ستُمحى الخزنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="133"/>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="140"/>
        <source>Press Cancel or Esc to keep the vault.</source>
        <translation>اضغط «إلغاء» أو Esc لإبقاء الخزنة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="141"/>
        <source>Cancel — keep the vault</source>
        <translation>إلغاء — إبقاء الخزنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="172"/>
        <source>Erasing in {seconds} seconds…</source>
        <translation>المحو بعد {seconds} ثانية…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="174"/>
        <source>Erasing in 1 second…</source>
        <translation>المحو بعد ثانية واحدة…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="176"/>
        <source>Erasing…</source>
        <translation>جارٍ المحو…</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="32"/>
        <source>Erase a person</source>
        <translation>محو شخص</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="36"/>
        <source>erase</source>
        <translation>محو</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="38"/>
        <source>Erase {name} for good?</source>
        <translation>محو {name} نهائيًا؟</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="41"/>
        <source>Their record: name, contact details, consent, notes and tags.</source>
        <translation>سجله: الاسم وبيانات الاتصال والموافقة والملاحظات والوسوم.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="43"/>
        <source>%n invitation(s) to meetings</source>
        <translation>
            <numerusform>%n دعوات إلى اجتماعات</numerusform>
            <numerusform>دعوة واحدة إلى اجتماعات</numerusform>
            <numerusform>دعوتان إلى اجتماعات</numerusform>
            <numerusform>%n دعوات إلى اجتماعات</numerusform>
            <numerusform>%n دعوة إلى اجتماعات</numerusform>
            <numerusform>%n دعوة إلى اجتماعات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="47"/>
        <source>%n contact log entry(ies)</source>
        <translation>
            <numerusform>%n إدخالات في سجل الاتصالات</numerusform>
            <numerusform>إدخال واحد في سجل الاتصالات</numerusform>
            <numerusform>إدخالان في سجل الاتصالات</numerusform>
            <numerusform>%n إدخالات في سجل الاتصالات</numerusform>
            <numerusform>%n إدخالًا في سجل الاتصالات</numerusform>
            <numerusform>%n إدخال في سجل الاتصالات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="50"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n وسوم</numerusform>
            <numerusform>وسم واحد</numerusform>
            <numerusform>وسمان</numerusform>
            <numerusform>%n وسوم</numerusform>
            <numerusform>%n وسمًا</numerusform>
            <numerusform>%n وسم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="51"/>
        <source>Their entry in the search index.</source>
        <translation>إدخاله في فهرس البحث.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="56"/>
        <source>What will be erased</source>
        <translation>ما سيُمحى</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="59"/>
        <source>Notes on {label}</source>
        <translation>ملاحظات {label}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="60"/>
        <source>Contact log of {label}</source>
        <translation>سجل اتصالات {label}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="61"/>
        <source>Meeting “{label}”</source>
        <translation>اجتماع «{label}»</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="62"/>
        <source>Follow-up “{label}”</source>
        <translation>متابعة «{label}»</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="75"/>
        <source>Their name also appears in free text that will not be changed. Review and edit it yourself:</source>
        <translation>يظهر اسمه أيضًا في نصوص حرة لن تُغيَّر. راجعها وعدّلها بنفسك:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="85"/>
        <source>This cannot be undone. The audit log will only record that a person was erased, not who.</source>
        <translation>لا يمكن التراجع عن ذلك. سيدوّن سجل التدقيق أن شخصًا مُحي فقط، دون ذكر هويته.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="90"/>
        <source>Type “{word}” to confirm:</source>
        <translation>اكتب «{word}» للتأكيد:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="92"/>
        <source>Confirmation word</source>
        <translation>كلمة التأكيد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="96"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="99"/>
        <source>Erase</source>
        <translation>محو</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="113"/>
        <source>These will be erased:</source>
        <translation>سيُمحى ما يلي:</translation>
    </message>
</context>
<context>
    <name>EraseProgressDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="141"/>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="158"/>
        <source>Erasing</source>
        <translation>جارٍ المحو</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="149"/>
        <source>Erasing the record, then rebuilding the vault file so that no copy of it remains. In a large vault this takes a few seconds.</source>
        <translation>جارٍ محو السجل ثم إعادة بناء ملف الخزنة حتى لا تبقى منه أي نسخة. في خزنة كبيرة يستغرق ذلك بضع ثوانٍ.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="68"/>
        <source>Prepare a list of participants for someone outside your vault. Each list follows the rules of the audience it is for: nobody is named without their consent, nobody at risk is named at all, and you see exactly what the file will hold before anything is written.</source>
        <translation>جهّز قائمة مشاركين لجهة خارج خزنتك. تتبع كل قائمة قواعد الجهة التي تتلقاها: لا يُذكر اسم أحد دون موافقته، ولا يُذكر اسم أي شخص معرّض للخطر إطلاقًا، وترى بالضبط ما سيحويه الملف قبل كتابة أي شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="85"/>
        <source>Prepare a list…</source>
        <translation>تجهيز قائمة…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="89"/>
        <source>Import a bundle from another coordinator…</source>
        <translation>استيراد حزمة من منسق آخر…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="98"/>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="105"/>
        <source>Recent exports</source>
        <translation>عمليات التصدير الأخيرة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="103"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="103"/>
        <source>For</source>
        <translation>لمن</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="103"/>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="103"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="115"/>
        <source>No list has been exported from this vault yet.</source>
        <translation>لم تُصدَّر أي قائمة من هذه الخزنة بعد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="154"/>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="222"/>
        <source>{rows} (+{counted} counted)</source>
        <translation>{rows} (+{counted} معدودون)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="284"/>
        <source>The bundle was merged into your vault. The People page shows the changes.</source>
        <translation>دُمجت الحزمة في خزنتك. تعرض صفحة «الأشخاص» التغييرات.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/wizard.py" line="74"/>
        <source>Export a list</source>
        <translation>تصدير قائمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/wizard.py" line="78"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/wizard.py" line="112"/>
        <source>Choose who is in the list, who receives it and a format.</source>
        <translation>اختر من في القائمة، ومن يتلقاها، والصيغة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="62"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="63"/>
        <source>Pseudonym</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="64"/>
        <source>Stakeholder group</source>
        <translation>فئة أصحاب المصلحة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="65"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="66"/>
        <source>Role</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="67"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="68"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="69"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="70"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="71"/>
        <source>Secure channel</source>
        <translation>القناة الآمنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="72"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="73"/>
        <source>Risk</source>
        <translation>الخطر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="74"/>
        <source>Consent: network</source>
        <translation>الموافقة: الشبكة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="75"/>
        <source>Consent: co-organisers</source>
        <translation>الموافقة: الجهات المشاركة في التنظيم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="76"/>
        <source>Consent: public</source>
        <translation>الموافقة: العموم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="77"/>
        <source>Consent date</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="78"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="79"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="80"/>
        <source>Participation</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="81"/>
        <source>Joined on</source>
        <translation>تاريخ الانضمام</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="93"/>
        <source>Named</source>
        <translation>بالاسم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="94"/>
        <source>Pseudonymised</source>
        <translation>باسم مستعار</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="95"/>
        <source>Withheld, counted only</source>
        <translation>محجوب، يُعدّ فقط</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="96"/>
        <source>Full record, encrypted</source>
        <translation>سجل كامل، مشفر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="129"/>
        <source>consent from {year}, older than the renewal period: renewal due</source>
        <translation>موافقة من عام {year}، أقدم من مدة التجديد: يلزم تجديدها</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="138"/>
        <source>fewer than {k} people share their group and region, so a row would single them out</source>
        <translation>يشترك في فئته ومنطقته أقل من {k} أشخاص، فالصف سيكشف هويته</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="228"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="229"/>
        <source>Participant list for the venue</source>
        <translation>قائمة المشاركين لمكان الاجتماع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="230"/>
        <source>Participant list for co-organisers</source>
        <translation>قائمة المشاركين للجهات المشاركة في التنظيم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="231"/>
        <source>Internal bundle</source>
        <translation>حزمة داخلية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="234"/>
        <source>{title}: {meeting}</source>
        <translation>{title}: {meeting}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="108"/>
        <source>no consent to be named publicly</source>
        <translation>لا موافقة على ذكر اسمه علنًا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="110"/>
        <source>no consent to be named to co-organisers or a venue</source>
        <translation>لا موافقة على ذكر اسمه للجهات المشاركة في التنظيم أو لمكان الانعقاد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="112"/>
        <source>no consent to be named in the network</source>
        <translation>لا موافقة على ذكر اسمه في الشبكة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="114"/>
        <source>{risk} risk, above this audience&apos;s limit ({ceiling})</source>
        <translation>خطر {risk}، فوق الحد المسموح لهذه الجهة ({ceiling})</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="119"/>
        <source>Chatham House meeting, and not an attendance record for the host</source>
        <translation>اجتماع بقاعدة تشاتام هاوس، وليست قائمة حضور للجهة المضيفة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="121"/>
        <source>consent given, and risk within this audience&apos;s limit</source>
        <translation>الموافقة موجودة والخطر ضمن حد هذه الجهة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="123"/>
        <source>another coordinator&apos;s vault, only in an encrypted bundle</source>
        <translation>خزنة منسق آخر، في حزمة مشفرة فقط</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="125"/>
        <source>not named</source>
        <translation>دون اسم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="127"/>
        <source>consent not dated, so it counts as absent until renewed</source>
        <translation>موافقة غير مؤرخة، فتُعدّ غائبة حتى تجديدها</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="133"/>
        <source>named in another audience&apos;s list, so only counted here (a label would let the two lists be compared)</source>
        <translation>مذكور بالاسم في قائمة جمهور آخر، لذا يُعدّ هنا فقط (فالتسمية المستعارة تتيح مقارنة القائمتين)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/words.py" line="150"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصًا</numerusform>
            <numerusform>%n شخص</numerusform>
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
            <numerusform>سجلات كاملة: %n، تُكتب في حزمة مشفرة فقط</numerusform>
            <numerusform>سجلات كاملة: %n، تُكتب في حزمة مشفرة فقط</numerusform>
            <numerusform>سجلات كاملة: %n، تُكتب في حزمة مشفرة فقط</numerusform>
            <numerusform>سجلات كاملة: %n، تُكتب في حزمة مشفرة فقط</numerusform>
            <numerusform>سجلات كاملة: %n، تُكتب في حزمة مشفرة فقط</numerusform>
            <numerusform>سجلات كاملة: %n، تُكتب في حزمة مشفرة فقط</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="169"/>
        <source>{n} named</source>
        <translation>بالاسم: {n}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="170"/>
        <source>{n} pseudonymised</source>
        <translation>باسم مستعار: {n}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="171"/>
        <source>{n} counted only</source>
        <translation>معدودون فقط: {n}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="88"/>
        <source>Column “{name}” in the file</source>
        <translation>العمود «{name}» في الملف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="178"/>
        <source>A public report or website</source>
        <translation>تقرير علني أو موقع إلكتروني</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="179"/>
        <source>A venue&apos;s badge or entry list</source>
        <translation>شارات مكان الانعقاد أو قائمة الدخول</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="180"/>
        <source>A co-organising partner</source>
        <translation>شريك في التنظيم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="181"/>
        <source>Another coordinator&apos;s vault</source>
        <translation>خزنة منسق آخر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="187"/>
        <source>Public</source>
        <translation>العموم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="188"/>
        <source>Venue</source>
        <translation>مكان الانعقاد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="189"/>
        <source>Co-organisers</source>
        <translation>الجهات المشاركة في التنظيم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="190"/>
        <source>Another coordinator</source>
        <translation>منسق آخر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="196"/>
        <source>Names only people at low risk who agreed to be named publicly; everyone else appears under a pseudonym or only in a count. No contact details.</source>
        <translation>يذكر بالاسم فقط المعرضين لخطر منخفض ممن وافقوا على ذكر أسمائهم علنًا، ويظهر الباقون بأسماء مستعارة أو في العدد فقط. بلا بيانات اتصال.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="200"/>
        <source>Names people at low or medium risk who agreed to be named to co-organisers; the others appear under a pseudonym or in a count. No contact details.</source>
        <translation>يذكر بالاسم المعرضين لخطر منخفض أو متوسط ممن وافقوا على ذكر أسمائهم للجهات المشاركة في التنظيم، ويظهر الباقون بأسماء مستعارة أو في العدد. بلا بيانات اتصال.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="204"/>
        <source>The same people named as for a venue, with their email address (never a phone number or secure channel).</source>
        <translation>الأشخاص أنفسهم المذكورون لمكان الانعقاد، مع بريدهم الإلكتروني (ولا هاتف أو قناة آمنة أبدًا).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="208"/>
        <source>Every field of every record, notes and risk levels included — only as an encrypted bundle, opened with a passphrase.</source>
        <translation>كل حقول كل السجلات، بما فيها الملاحظات ومستويات الخطر — في حزمة مشفرة فقط تُفتح بعبارة مرور.</translation>
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
        <translation>حزمة مشفرة</translation>
    </message>
</context>
<context>
    <name>FaultGuard</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/crash.py" line="88"/>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/crash.py" line="89"/>
        <source>BizHR met an error it did not expect, and locked the vault to keep your records safe. What you saved before is in the vault; the last change you were making may not have been saved.

Unlock again to go on. If this happens again, tell the person who supports BizHR what you were doing.</source>
        <translation>واجه BizHR خطأً غير متوقع، فأقفل الخزنة حفاظًا على سجلاتك. ما حفظته من قبل موجود في الخزنة؛ وقد لا يكون آخر تغيير كنت تجريه قد حُفظ.

افتح القفل من جديد للمتابعة. وإذا تكرر ذلك، فأخبر الشخص الذي يدعم BizHR بما كنت تفعله.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="85"/>
        <source>Choose a file</source>
        <translation>اختيار ملف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="88"/>
        <source>A CSV (UTF-8) or Excel .xlsx file with a header row. Nothing is written to the vault before the last step.</source>
        <translation>ملف CSV (UTF-8) أو Excel ‏.xlsx فيه صف عناوين. لا يُكتب شيء في الخزنة قبل الخطوة الأخيرة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="92"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="93"/>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="100"/>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="115"/>
        <source>Import:</source>
        <translation>الاستيراد:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="154"/>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="173"/>
        <source>%n row(s) read</source>
        <translation>
            <numerusform>الصفوف المقروءة: %n</numerusform>
            <numerusform>الصفوف المقروءة: %n</numerusform>
            <numerusform>الصفوف المقروءة: %n</numerusform>
            <numerusform>الصفوف المقروءة: %n</numerusform>
            <numerusform>الصفوف المقروءة: %n</numerusform>
            <numerusform>الصفوف المقروءة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="175"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n أعمدة</numerusform>
            <numerusform>عمود واحد</numerusform>
            <numerusform>عمودان</numerusform>
            <numerusform>%n أعمدة</numerusform>
            <numerusform>%n عمودًا</numerusform>
            <numerusform>%n عمود</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="55"/>
        <source>Change follow-up</source>
        <translation>تعديل المتابعة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="55"/>
        <source>New follow-up</source>
        <translation>متابعة جديدة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="57"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="58"/>
        <source>No organisation</source>
        <translation>بلا منظمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="62"/>
        <source>What should be done</source>
        <translation>ما يجب فعله</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="66"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="67"/>
        <source>Who chases it</source>
        <translation>من يتابعها</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="68"/>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="70"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="75"/>
        <source>&amp;Organisation</source>
        <translation>ال&amp;منظمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="76"/>
        <source>&amp;Action</source>
        <translation>الإ&amp;جراء</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="77"/>
        <source>O&amp;wner</source>
        <translation>ال&amp;مسؤول</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="78"/>
        <source>&amp;Due</source>
        <translation>الا&amp;ستحقاق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="79"/>
        <source>&amp;Status</source>
        <translation>ال&amp;حالة</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="174"/>
        <source>Follow-ups of this meeting</source>
        <translation>متابعات هذا الاجتماع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="176"/>
        <source>Add follow-up…</source>
        <translation>إضافة متابعة…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="179"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="226"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n متابعات</numerusform>
            <numerusform>متابعة واحدة</numerusform>
            <numerusform>متابعتان</numerusform>
            <numerusform>%n متابعات</numerusform>
            <numerusform>%n متابعة</numerusform>
            <numerusform>%n متابعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="228"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>متأخرة: %n</numerusform>
            <numerusform>متأخرة: %n</numerusform>
            <numerusform>متأخرة: %n</numerusform>
            <numerusform>متأخرة: %n</numerusform>
            <numerusform>متأخرة: %n</numerusform>
            <numerusform>متأخرة: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsTableModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="458"/>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="459"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="460"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="461"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="462"/>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="463"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="489"/>
        <source>No date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="491"/>
        <source>{date} — overdue</source>
        <translation>{date} — متأخرة</translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="35"/>
        <source>In which format?</source>
        <translation>بأي صيغة؟</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="40"/>
        <source>CSV (.csv): plain text any spreadsheet opens. Not encrypted.</source>
        <translation>CSV ‏(.csv): نص عادي يفتحه أي جدول بيانات. غير مشفر.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="42"/>
        <source>Excel (.xlsx): a spreadsheet. Not encrypted.</source>
        <translation>Excel ‏(.xlsx): جدول بيانات. غير مشفر.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="43"/>
        <source>PDF (.pdf): a printable table. Not encrypted.</source>
        <translation>PDF ‏(.pdf): جدول قابل للطباعة. غير مشفر.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="45"/>
        <source>Encrypted bundle (.age): full records for another coordinator&apos;s BizHR Desktop, opened only with a passphrase.</source>
        <translation>حزمة مشفرة (.age): سجلات كاملة لبرنامج BizHR Desktop لدى منسق آخر، لا تُفتح إلا بعبارة مرور.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="56"/>
        <source>Also include the contact log</source>
        <translation>تضمين سجل الاتصالات أيضًا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="61"/>
        <source>&amp;Series (optional):</source>
        <translation>ال&amp;سلسلة (اختياري):</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="63"/>
        <source>Series</source>
        <translation>السلسلة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="64"/>
        <source>e.g. the co-host&apos;s name</source>
        <translation>مثلًا اسم الجهة المشاركة في الاستضافة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="68"/>
        <source>Left empty, this list&apos;s labels match no other list. With a series name, a person has the same label in every list of that series.</source>
        <translation>إن تُركت فارغة فلا تطابق تسميات هذه القائمة أي قائمة أخرى. ومع اسم سلسلة يحمل الشخص التسمية نفسها في كل قوائم تلك السلسلة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="102"/>
        <source>A list for another coordinator holds everything, so it is only ever written encrypted.</source>
        <translation>القائمة الموجهة لمنسق آخر تحوي كل شيء، لذا لا تُكتب إلا مشفرة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="107"/>
        <source>The encrypted bundle is only for another coordinator: it holds full records.</source>
        <translation>الحزمة المشفرة لمنسق آخر فقط: فهي تحوي سجلات كاملة.</translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="145"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="146"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="147"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="148"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="175"/>
        <source>Enter: fix this value. Delete: skip this row.</source>
        <translation>Enter: تصحيح هذه القيمة. Delete: تخطي هذا الصف.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="177"/>
        <source>Column “{column}” in the file</source>
        <translation>العمود «{column}» في الملف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="197"/>
        <source>Skipped: {problem}</source>
        <translation>متخطّى: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="784"/>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="839"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="119"/>
        <source>, </source>
        <comment>between the values of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="48"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="49"/>
        <source>Pseudonym</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="50"/>
        <source>Stakeholder group</source>
        <translation>فئة أصحاب المصلحة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="51"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="52"/>
        <source>Role</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="53"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="54"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="55"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="56"/>
        <source>Secure channel</source>
        <translation>القناة الآمنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="57"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="58"/>
        <source>Risk level</source>
        <translation>مستوى الخطر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="59"/>
        <source>Consent: network</source>
        <translation>الموافقة: الشبكة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="60"/>
        <source>Consent: co-organisers</source>
        <translation>الموافقة: الجهات المشاركة في التنظيم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="61"/>
        <source>Consent: public</source>
        <translation>الموافقة: العموم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="62"/>
        <source>Consent date</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="63"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="64"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="65"/>
        <source>Participation</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="66"/>
        <source>Joined on</source>
        <translation>تاريخ الانضمام</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="67"/>
        <source>Record id</source>
        <translation>معرّف السجل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="68"/>
        <source>Consent method</source>
        <translation>طريقة الموافقة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="69"/>
        <source>Commitment acknowledged on</source>
        <translation>تاريخ الإقرار بالالتزام</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="70"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="71"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="72"/>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="73"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="74"/>
        <source>Public commitment</source>
        <translation>التزام علني</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="75"/>
        <source>Commitment date</source>
        <translation>تاريخ الالتزام</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="91"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="91"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="106"/>
        <source>(empty: the default)</source>
        <translation>(فارغ: القيمة الافتراضية)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="125"/>
        <source>Column “{column}”</source>
        <translation>العمود «{column}»</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="129"/>
        <source>{field} (column “{column}”)</source>
        <translation>{field} (العمود «{column}»)</translation>
    </message>
</context>
<context>
    <name>InvitationsPanel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="288"/>
        <source>Invite all active participants</source>
        <translation>دعوة كل المشاركين النشطين</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="292"/>
        <source>Invite everyone whose participation is active; answers already given are kept</source>
        <translation>دعوة كل من مشاركته نشطة، مع إبقاء الردود السابقة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="295"/>
        <source>Invite by filter…</source>
        <translation>دعوة حسب عامل تصفية…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="298"/>
        <source>Invite one person…</source>
        <translation>دعوة شخص واحد…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="305"/>
        <source>Search invitees</source>
        <translation>البحث في المدعوين</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="306"/>
        <source>Search invitees by name or pseudonym</source>
        <translation>البحث في المدعوين بالاسم أو الاسم المستعار</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="310"/>
        <source>Show answers</source>
        <translation>الردود المعروضة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="311"/>
        <source>Every answer</source>
        <translation>كل الردود</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="319"/>
        <source>Invitations by answer</source>
        <translation>الدعوات حسب الرد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="324"/>
        <source>Invitees</source>
        <translation>المدعوون</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="361"/>
        <source>Set answer for selected</source>
        <translation>تعيين رد للمحدَّدين</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="491"/>
        <source>This meeting is cancelled.</source>
        <translation>أُلغي هذا الاجتماع.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="508"/>
        <source>Nobody is invited yet.</source>
        <translation>لم يُدعَ أحد بعد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="511"/>
        <source>%n invitee(s)</source>
        <translation>
            <numerusform>%n مدعوين</numerusform>
            <numerusform>مدعو واحد</numerusform>
            <numerusform>مدعوان</numerusform>
            <numerusform>%n مدعوين</numerusform>
            <numerusform>%n مدعوًا</numerusform>
            <numerusform>%n مدعو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="545"/>
        <source>%n selected</source>
        <translation>
            <numerusform>المحدَّد: %n</numerusform>
            <numerusform>المحدَّد: %n</numerusform>
            <numerusform>المحدَّد: %n</numerusform>
            <numerusform>المحدَّد: %n</numerusform>
            <numerusform>المحدَّد: %n</numerusform>
            <numerusform>المحدَّد: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="569"/>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="569"/>
        <source>Reveal ({seconds} s)</source>
        <translation>إظهار ({seconds} ث)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="575"/>
        <source>Shown for {seconds} s more</source>
        <translation>معروض لمدة {seconds} ث أخرى</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="602"/>
        <source>%n answer(s) recorded as {status}.</source>
        <translation>
            <numerusform>ردود سُجّلت بـ«{status}»: %n.</numerusform>
            <numerusform>ردود سُجّلت بـ«{status}»: %n.</numerusform>
            <numerusform>ردود سُجّلت بـ«{status}»: %n.</numerusform>
            <numerusform>ردود سُجّلت بـ«{status}»: %n.</numerusform>
            <numerusform>ردود سُجّلت بـ«{status}»: %n.</numerusform>
            <numerusform>ردود سُجّلت بـ«{status}»: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="622"/>
        <source>Inviting every active participant…</source>
        <translation>جارٍ دعوة كل المشاركين النشطين…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="664"/>
        <source>%n invited</source>
        <translation>
            <numerusform>دُعي: %n</numerusform>
            <numerusform>دُعي: %n</numerusform>
            <numerusform>دُعي: %n</numerusform>
            <numerusform>دُعي: %n</numerusform>
            <numerusform>دُعي: %n</numerusform>
            <numerusform>دُعي: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="665"/>
        <source>, {already} already</source>
        <translation>، و{already} مدعوون من قبل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="685"/>
        <source>Inviting the people chosen…</source>
        <translation>جارٍ دعوة الأشخاص المختارين…</translation>
    </message>
</context>
<context>
    <name>InviteByFilterDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="87"/>
        <source>Invite by group, country or organisation</source>
        <translation>الدعوة حسب الفئة أو البلد أو المنظمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="94"/>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="97"/>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="105"/>
        <source>Also people whose participation is paused or ended</source>
        <translation>وأيضًا من عُلّقت مشاركته أو انتهت</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="110"/>
        <source>People in any of the groups chosen, and in any of the countries, and in any of the organisations (a criterion left empty is not applied).</source>
        <translation>الأشخاص المنتمون إلى أيٍّ من الفئات المختارة، وأيٍّ من البلدان، وأيٍّ من المنظمات (المعيار الفارغ لا يُطبَّق).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="118"/>
        <source>Groups</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="119"/>
        <source>&amp;Countries</source>
        <translation>ال&amp;بلدان</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="120"/>
        <source>&amp;Organisations</source>
        <translation>ال&amp;منظمات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="124"/>
        <source>Invite</source>
        <translation>دعوة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="156"/>
        <source>Choose at least one group, country or organisation.</source>
        <translation>اختر فئة أو بلدًا أو منظمة على الأقل.</translation>
    </message>
</context>
<context>
    <name>InviteOneDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="177"/>
        <source>Invite one person</source>
        <translation>دعوة شخص واحد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="179"/>
        <source>Search people</source>
        <translation>البحث عن أشخاص</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="180"/>
        <source>Type a name, pseudonym or organisation</source>
        <translation>اكتب اسمًا أو اسمًا مستعارًا أو منظمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="184"/>
        <source>People found</source>
        <translation>الأشخاص الذين عُثر عليهم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="186"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="192"/>
        <source>Invite</source>
        <translation>دعوة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="200"/>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="239"/>
        <source>Type a name and choose a person first.</source>
        <translation>اكتب اسمًا واختر شخصًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="250"/>
        <source>{name} is invited.</source>
        <translation>دُعي {name}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="252"/>
        <source>{name} was already invited.</source>
        <translation>{name} مدعو من قبل.</translation>
    </message>
</context>
<context>
    <name>InviteesTableModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="222"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="223"/>
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="224"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="225"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="226"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="227"/>
        <source>Answer</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="228"/>
        <source>Answered</source>
        <translation>تاريخ الرد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="231"/>
        <source>Double-click or press F2 to change</source>
        <translation>انقر نقرًا مزدوجًا أو اضغط F2 للتغيير</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="268"/>
        <source>At {risk} risk: listed under a pseudonym. Select and press Reveal to see the name for a short while.</source>
        <translation>خطر {risk}: يظهر باسم مستعار. حدّده واضغط «إظهار» لرؤية الاسم لفترة قصيرة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="272"/>
        <source>{pseudonym} (identity hidden)</source>
        <translation>{pseudonym} (الهوية مخفية)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="33"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="47"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="61"/>
        <source>Business</source>
        <translation>شركات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="34"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="48"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="94"/>
        <source>Investor</source>
        <translation>مستثمر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="35"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="49"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="63"/>
        <source>Civil society</source>
        <translation>مجتمع مدني</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="36"/>
        <source>Human rights defender</source>
        <translation>مدافع عن حقوق الإنسان</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="37"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="51"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="65"/>
        <source>Government</source>
        <translation>حكومة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="38"/>
        <source>UN / intergovernmental</source>
        <translation>الأمم المتحدة / حكومية دولية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="39"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="53"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="67"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="100"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="50"/>
        <source>HRD</source>
        <translation>مدافع حقوقي</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="52"/>
        <source>UN / IGO</source>
        <translation>أمم متحدة / دولية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="62"/>
        <source>Investors</source>
        <translation>مستثمرون</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="64"/>
        <source>HRDs</source>
        <translation>مدافعون حقوقيون</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="66"/>
        <source>UN / IGOs</source>
        <translation>أمم متحدة / دولية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="74"/>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="75"/>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="76"/>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="77"/>
        <source>Critical</source>
        <translation>حرج</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="84"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="85"/>
        <source>Paused</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="86"/>
        <source>Left the network</source>
        <translation>غادر الشبكة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="93"/>
        <source>Company</source>
        <translation>شركة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="95"/>
        <source>NGO</source>
        <translation>منظمة غير حكومية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="96"/>
        <source>Grassroots group</source>
        <translation>مجموعة قاعدية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="97"/>
        <source>Government body</source>
        <translation>جهة حكومية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="98"/>
        <source>UN agency</source>
        <translation>وكالة أممية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="99"/>
        <source>Academic</source>
        <translation>جهة أكاديمية</translation>
    </message>
</context>
<context>
    <name>LockedView</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="97"/>
        <source>The vault is locked.</source>
        <translation>الخزنة مقفلة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="98"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;فتح…</translation>
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
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="445"/>
        <source>Vault state</source>
        <translation>حالة الخزنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="389"/>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="389"/>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>قفل الخزنة (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="390"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="391"/>
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="392"/>
        <source>&amp;About BizHR Desktop</source>
        <translation>&amp;عن BizHR Desktop</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="393"/>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="394"/>
        <source>Set quick-unlock &amp;PIN…</source>
        <translation>تعيين &amp;رمز PIN للفتح السريع…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="395"/>
        <source>&amp;Duress passphrase…</source>
        <translation>عبارة مرور الإ&amp;كراه…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="398"/>
        <source>&amp;Erase this vault…</source>
        <translation>م&amp;حو هذه الخزنة…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="399"/>
        <source>Destroy every key of this vault, for good</source>
        <translation>إتلاف كل مفاتيح هذه الخزنة نهائيًا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="403"/>
        <source>&amp;Travel mode…</source>
        <translation>وضع ال&amp;سفر…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="404"/>
        <source>Move the records most at risk off this laptop before you travel</source>
        <translation>إخراج السجلات الأكثر عرضة للخطر من هذا الحاسوب قبل السفر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="406"/>
        <source>&amp;Bring records back…</source>
        <translation>إ&amp;عادة السجلات…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="409"/>
        <source>&amp;Back up…</source>
        <translation>&amp;نسخ احتياطي…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="410"/>
        <source>Write an encrypted copy of the vault</source>
        <translation>كتابة نسخة مشفرة من الخزنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="412"/>
        <source>&amp;Verify vault</source>
        <translation>&amp;تحقق من الخزنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="413"/>
        <source>C&amp;hange passphrase…</source>
        <translation>&amp;تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="414"/>
        <source>Replace the encryption &amp;key…</source>
        <translation>استبدال &amp;مفتاح التشفير…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="417"/>
        <source>Re&amp;voke everything…</source>
        <translation>إبطال كل &amp;شيء…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="419"/>
        <source>New keys and a new recovery key: no earlier copy of the key file, nor any earlier secret, opens the records</source>
        <translation>مفاتيح جديدة ومفتاح استرداد جديد: لا تفتح السجلات بعد الآن أي نسخة سابقة من ملف المفتاح ولا أي سر سابق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="423"/>
        <source>Re-&amp;link this computer&apos;s keyring…</source>
        <translation>إعادة ر&amp;بط حلقة مفاتيح هذا الحاسوب…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="436"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="437"/>
        <source>&amp;Safety</source>
        <translation>&amp;أمان</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="438"/>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="439"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="442"/>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="502"/>
        <source>Locked</source>
        <translation>مقفلة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="509"/>
        <source>Unlocked · opened with {method}</source>
        <translation>مفتوحة · فُتحت باستخدام {method}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="511"/>
        <source>Unlocked</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="516"/>
        <source>passphrase and keyring</source>
        <translation>عبارة المرور وحلقة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="517"/>
        <source>passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="518"/>
        <source>recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="519"/>
        <source>keyring</source>
        <translation>حلقة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="535"/>
        <source>About BizHR Desktop</source>
        <translation>عن BizHR Desktop</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="537"/>
        <source>BizHR Desktop {version}

Offline, encrypted records of the participants and human rights defenders of the Business Network. It opens no network connection.</source>
        <translation>BizHR Desktop {version}

سجلات مشفرة، دون اتصال بالإنترنت، للمشاركين والمدافعين عن حقوق الإنسان في شبكة الأعمال. لا يفتح البرنامج أي اتصال بالشبكة.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="196"/>
        <source>Match the columns</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="199"/>
        <source>Say what each column of your file holds. Columns set to “Do not import” are left out.</source>
        <translation>حدّد ما يحويه كل عمود في ملفك. الأعمدة المضبوطة على «عدم الاستيراد» تُستبعد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="206"/>
        <source>Column in your file</source>
        <translation>العمود في ملفك</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="206"/>
        <source>First value</source>
        <translation>القيمة الأولى</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="206"/>
        <source>Import as</source>
        <translation>يُستورد بوصفه</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="211"/>
        <source>Column matching</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="237"/>
        <source>Import {column} as</source>
        <translation>استيراد {column} بوصفه</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="239"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="240"/>
        <source>Do not import</source>
        <translation>عدم الاستيراد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="255"/>
        <source>{field} (required)</source>
        <translation>{field} (مطلوب)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="282"/>
        <source>Say what the column “{column}” holds, or choose “Do not import”.</source>
        <translation>حدّد ما يحويه العمود «{column}»، أو اختر «عدم الاستيراد».</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="288"/>
        <source>Choose the column that holds “{field}”.</source>
        <translation>اختر العمود الذي يحوي «{field}».</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="294"/>
        <source>“{field}” is chosen for more than one column.</source>
        <translation>«{field}» مختار لأكثر من عمود.</translation>
    </message>
</context>
<context>
    <name>MeetingCounts</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="69"/>
        <source>Accepted {accepted} (attended {attended})</source>
        <translation>قبلوا {accepted} (حضروا {attended})</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="74"/>
        <source>No answer {count}</source>
        <translation>بلا رد {count}</translation>
    </message>
</context>
<context>
    <name>MeetingDetails</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="100"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="101"/>
        <source>Focus</source>
        <translation>المحور</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="102"/>
        <source>At the venue</source>
        <translation>في مكان الانعقاد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="103"/>
        <source>In your zone</source>
        <translation>في منطقتك الزمنية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="104"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="107"/>
        <source>Venue</source>
        <translation>مكان الانعقاد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="108"/>
        <source>In the margins of</source>
        <translation>على هامش</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="109"/>
        <source>Chatham House Rule</source>
        <translation>قاعدة تشاتام هاوس</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="110"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="122"/>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="179"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="179"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="103"/>
        <source>Change meeting</source>
        <translation>تعديل الاجتماع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="103"/>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="107"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="108"/>
        <source>e.g. Deep Dive: Sudan</source>
        <translation>مثلًا: دراسة معمّقة: السودان</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="111"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="114"/>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="115"/>
        <source>e.g. mandatory human rights due diligence</source>
        <translation>مثلًا: العناية الواجبة الإلزامية بحقوق الإنسان</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="116"/>
        <source>Focus countries</source>
        <translation>البلدان المعنية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="118"/>
        <source>Starts (venue time)</source>
        <translation>البداية (بتوقيت المكان)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="119"/>
        <source>Ends (venue time)</source>
        <translation>النهاية (بتوقيت المكان)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="121"/>
        <source>Venue time zone</source>
        <translation>المنطقة الزمنية للمكان</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="127"/>
        <source>Times at the venue</source>
        <translation>المواعيد بتوقيت المكان</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="130"/>
        <source>Times in your zone</source>
        <translation>المواعيد بتوقيتك</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="135"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="138"/>
        <source>Venue</source>
        <translation>مكان الانعقاد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="140"/>
        <source>Venue country</source>
        <translation>بلد الانعقاد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="141"/>
        <source>Code or name, e.g. CH</source>
        <translation>رمز أو اسم، مثلًا CH</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="144"/>
        <source>In the margins of</source>
        <translation>على هامش</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="146"/>
        <source>Held under the Chatham House Rule</source>
        <translation>يُعقد بقاعدة تشاتام هاوس</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="150"/>
        <source>Participants may use what is said, but not reveal who said it or who was there.</source>
        <translation>يجوز للمشاركين استخدام ما يُقال، دون كشف قائله أو الحاضرين.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="154"/>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="158"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="164"/>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="166"/>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="167"/>
        <source>To&amp;pic</source>
        <translation>ال&amp;موضوع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="168"/>
        <source>&amp;Focus countries</source>
        <translation>ال&amp;بلدان المعنية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="169"/>
        <source>&amp;Starts</source>
        <translation>ال&amp;بداية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="170"/>
        <source>&amp;Ends</source>
        <translation>النها&amp;ية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="171"/>
        <source>Time &amp;zone</source>
        <translation>المنطقة ال&amp;زمنية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="187"/>
        <source>F&amp;ormat</source>
        <translation>ال&amp;صيغة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="188"/>
        <source>&amp;Venue</source>
        <translation>م&amp;كان الانعقاد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="189"/>
        <source>Venue &amp;country</source>
        <translation>&amp;بلد الانعقاد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="191"/>
        <source>In the &amp;margins of</source>
        <translation>على ها&amp;مش</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="193"/>
        <source>&amp;Agenda</source>
        <translation>&amp;جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="194"/>
        <source>Stat&amp;us</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="316"/>
        <source>Choose a time zone from the list: type a city such as Geneva.</source>
        <translation>اختر منطقة زمنية من القائمة: اكتب اسم مدينة مثل Geneva.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="318"/>
        <source>At the venue: choose a time zone first.</source>
        <translation>في مكان الانعقاد: اختر منطقة زمنية أولًا.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="328"/>
        <source>At the venue ({zone}): —</source>
        <translation>في مكان الانعقاد ({zone}): —</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="330"/>
        <source>In your zone ({zone}): —</source>
        <translation>بتوقيتك ({zone}): —</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="334"/>
        <source>A meeting must end after it starts.</source>
        <translation>يجب أن ينتهي الاجتماع بعد بدايته.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="340"/>
        <source>At the venue ({zone}): {times}</source>
        <translation>في مكان الانعقاد ({zone}): {times}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="345"/>
        <source>In your zone ({zone}): {times}</source>
        <translation>بتوقيتك ({zone}): {times}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="376"/>
        <source>A meeting needs a title.</source>
        <translation>يحتاج الاجتماع إلى عنوان.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="385"/>
        <source>Correct the fields marked above to save.</source>
        <translation>صحّح الحقول المعلَّمة أعلاه للحفظ.</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="36"/>
        <source>Trends and Insights</source>
        <translation>الاتجاهات والرؤى</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="37"/>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="47"/>
        <source>Deep Dive</source>
        <translation>دراسة معمّقة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="38"/>
        <source>Other meeting</source>
        <translation>اجتماع آخر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="46"/>
        <source>Trends &amp; Insights</source>
        <translation>الاتجاهات والرؤى</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="48"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="55"/>
        <source>In person</source>
        <translation>حضوريًا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="56"/>
        <source>Virtual</source>
        <translation>عن بُعد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="57"/>
        <source>Hybrid</source>
        <translation>مختلط</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="73"/>
        <source>Planned</source>
        <translation>مُخطَّط</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="74"/>
        <source>Invitations sent</source>
        <translation>أُرسلت الدعوات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="75"/>
        <source>Held</source>
        <translation>عُقد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="76"/>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="83"/>
        <source>Not in the margins of an event</source>
        <translation>ليس على هامش فعالية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="84"/>
        <source>UN General Assembly (New York)</source>
        <translation>الجمعية العامة للأمم المتحدة (نيويورك)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="85"/>
        <source>UN Forum on Business and Human Rights (Geneva)</source>
        <translation>منتدى الأمم المتحدة المعني بالأعمال التجارية وحقوق الإنسان (جنيف)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="86"/>
        <source>WEF Annual Meeting (Davos)</source>
        <translation>الاجتماع السنوي للمنتدى الاقتصادي العالمي (دافوس)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="87"/>
        <source>Another event</source>
        <translation>فعالية أخرى</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="115"/>
        <source>Invited</source>
        <translation>مدعو</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="116"/>
        <source>Accepted</source>
        <translation>قبِل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="117"/>
        <source>Declined</source>
        <translation>اعتذر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="118"/>
        <source>Tentative</source>
        <translation>ربما</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="119"/>
        <source>Attended</source>
        <translation>حضر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="120"/>
        <source>No-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="127"/>
        <source>Participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="128"/>
        <source>Speaker</source>
        <translation>متحدث</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="129"/>
        <source>Organiser</source>
        <translation>منظِّم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="136"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="137"/>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="138"/>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="139"/>
        <source>Dropped</source>
        <translation>متروكة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="146"/>
        <source>Critical</source>
        <translation>حرج</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="147"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="148"/>
        <source>Notice</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="156"/>
        <source>At-risk invitees from a focus country</source>
        <translation>مدعوون معرّضون للخطر من بلد محوري</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="157"/>
        <source>Other at-risk invitees</source>
        <translation>مدعوون آخرون معرّضون للخطر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="158"/>
        <source>Venue in a focus country</source>
        <translation>مكان الاجتماع في بلد محوري</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="159"/>
        <source>Venue near a focus country</source>
        <translation>مكان الاجتماع قرب بلد محوري</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="160"/>
        <source>Venue country not recorded</source>
        <translation>بلد مكان الاجتماع غير مسجّل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="161"/>
        <source>Not under the Chatham House Rule</source>
        <translation>ليس وفق قاعدة تشاتام هاوس</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="162"/>
        <source>Consent missing for a list</source>
        <translation>موافقة ناقصة لقائمة</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="222"/>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="417"/>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="226"/>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="227"/>
        <source>Year of the programme</source>
        <translation>سنة البرنامج</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="229"/>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="231"/>
        <source>Plan a meeting (Ctrl+N)</source>
        <translation>التخطيط لاجتماع (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="236"/>
        <source>Export programme</source>
        <translation>تصدير البرنامج</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="239"/>
        <source>Programme as PDF…</source>
        <translation>البرنامج بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="241"/>
        <source>Programme as HTML…</source>
        <translation>البرنامج بصيغة HTML…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="243"/>
        <source>Calendar (.ics)…</source>
        <translation>تقويم (.ics)…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="246"/>
        <source>Open follow-ups</source>
        <translation>المتابعات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="254"/>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="288"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="289"/>
        <source>Change this meeting (Ctrl+E)</source>
        <translation>تعديل هذا الاجتماع (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="292"/>
        <source>Cancel meeting…</source>
        <translation>إلغاء الاجتماع…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="296"/>
        <source>Check-in at the door</source>
        <translation>تسجيل الحضور عند الباب</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="297"/>
        <source>A large screen for the door (Ctrl+Shift+K)</source>
        <translation>شاشة كبيرة عند الباب (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="300"/>
        <source>Invitation drafts…</source>
        <translation>مسودات الدعوات…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="304"/>
        <source>Select a meeting in the programme above, or press Ctrl+N to plan one.</source>
        <translation>اختر اجتماعًا من البرنامج أعلاه، أو اضغط Ctrl+N للتخطيط لاجتماع.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="338"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="339"/>
        <source>Invitations</source>
        <translation>الدعوات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="340"/>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="341"/>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="617"/>
        <source>Safety review</source>
        <translation>مراجعة السلامة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="342"/>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="619"/>
        <source>Safety review ⚠ to sign off</source>
        <translation>مراجعة السلامة ⚠ بانتظار الاعتماد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="621"/>
        <source>Safety review ✓</source>
        <translation>مراجعة السلامة ✓</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="668"/>
        <source>Meeting saved.</source>
        <translation>حُفظ الاجتماع.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="684"/>
        <source>The meeting is cancelled; it stays in the programme.</source>
        <translation>أُلغي الاجتماع، ويبقى في البرنامج.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="733"/>
        <source>Save the {year} programme</source>
        <translation>حفظ برنامج {year}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="749"/>
        <source>Programme written: {count} meeting(s) in {file}.</source>
        <translation>كُتب البرنامج في {file} (عدد الاجتماعات: {count}).</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="136"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../bizhr_desktop/core/countries.py" line="177"/>
        <source>Country “{excerpt}” could be {countries}: say which.</source>
        <translation>البلد «{excerpt}» قد يعني {countries}: حدِّد أيّها تقصد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/countries.py" line="194"/>
        <source>Country “{excerpt}” is not one we know: use its English name (such as “Kenya”) or its two-letter code (such as “KE”).</source>
        <translation>البلد «{excerpt}» غير معروف لدينا: اكتب اسمه بالإنجليزية (مثل «Kenya») أو رمزه المكوّن من حرفين (مثل «KE»).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/countries.py" line="204"/>
        <source>“{excerpt}” is not a two-letter ISO 3166-1 country code.</source>
        <translation>«{excerpt}» ليس رمز بلد من حرفين وفق معيار ISO 3166-1.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="233"/>
        <source>{name} must be one of {allowed}.</source>
        <translation>يجب أن تكون قيمة {name} إحدى القيم التالية: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="245"/>
        <source>{name} must be a UUID.</source>
        <translation>يجب أن تكون قيمة {name} معرّف UUID.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="254"/>
        <source>{name} must carry a time zone.</source>
        <translation>يجب أن تتضمن قيمة {name} منطقة زمنية.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="292"/>
        <source>full_name is required.</source>
        <translation>الاسم الكامل (full_name) مطلوب.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="358"/>
        <location filename="../../bizhr_desktop/services/organisations.py" line="377"/>
        <source>An organisation needs a name.</source>
        <translation>يجب أن يكون للمنظمة اسم.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="412"/>
        <source>A meeting needs a title.</source>
        <translation>يجب أن يكون للاجتماع عنوان.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="421"/>
        <source>A meeting cannot end before it starts.</source>
        <translation>لا يمكن أن ينتهي الاجتماع قبل أن يبدأ.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="426"/>
        <source>time_zone must be an IANA time zone name such as &apos;Europe/Zurich&apos;.</source>
        <translation>يجب أن تكون قيمة time_zone اسم منطقة زمنية من قائمة IANA، مثل &apos;Europe/Zurich&apos;.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="479"/>
        <source>A follow-up needs a text.</source>
        <translation>يجب أن يكون للمتابعة نص.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/policy.py" line="113"/>
        <source>Give the series a name (e.g. the co-host&apos;s).</source>
        <translation>أعطِ السلسلة اسمًا (مثل اسم الجهة المشاركة في الاستضافة).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/policy.py" line="169"/>
        <source>The smallest group shown under pseudonyms can only be raised from {minimum}, not lowered (asked for {asked}).</source>
        <translation>لا يمكن إلا زيادة أصغر مجموعة تُعرض بأسماء مستعارة بدءًا من {minimum}، ولا يمكن إنقاصها (المطلوب: {asked}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/policy.py" line="177"/>
        <source>A {audience} list cannot include {fields}.</source>
        <translation>لا يمكن أن تتضمن قائمة «{audience}» ما يلي: {fields}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/policy.py" line="184"/>
        <source>A {audience} list needs a risk ceiling.</source>
        <translation>تحتاج قائمة «{audience}» إلى حد أقصى لمستوى الخطر.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/policy.py" line="190"/>
        <source>A {audience} list can name people up to {highest} risk at most, not {asked}.</source>
        <translation>يمكن لقائمة «{audience}» أن تذكر أسماء أشخاص حتى مستوى الخطر {highest} على الأكثر، لا {asked}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/pseudonym.py" line="46"/>
        <source>A pseudonym can only be made from a person&apos;s UUID.</source>
        <translation>لا يمكن إنشاء اسم مستعار إلا من معرّف UUID الخاص بشخص.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/pseudonym.py" line="75"/>
        <source>A list label can only be made from a person&apos;s UUID.</source>
        <translation>لا يمكن إنشاء تسمية في القائمة إلا من معرّف UUID الخاص بشخص.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="69"/>
        <source>{field}: “{value}” is not yes or no (write yes/no, true/false or 1/0).</source>
        <translation>{field}: «{value}» ليست «نعم» ولا «لا» (اكتب yes/no أو true/false أو 1/0).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="97"/>
        <source>{field}: “{value}” is longer than {limit} characters.</source>
        <translation>{field}: «{value}» يتجاوز الحد الأقصى لعدد الأحرف ({limit}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="104"/>
        <source>{field}: “{value}” contains spaces or invisible characters.</source>
        <translation>{field}: «{value}» يحتوي على مسافات أو أحرف غير مرئية.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="110"/>
        <source>{field}: “{value}” must contain exactly one @.</source>
        <translation>{field}: «{value}» يجب أن يحتوي على علامة @ واحدة فقط.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="117"/>
        <source>{field}: “{value}” has no name (or too long a name) before the @.</source>
        <translation>{field}: «{value}» ليس فيه اسم قبل علامة @ (أو أن الاسم طويل جدًا).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="123"/>
        <source>{field}: “{value}” has a misplaced dot before the @.</source>
        <translation>{field}: «{value}» فيه نقطة في غير موضعها قبل علامة @.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="129"/>
        <source>{field}: “{value}” contains characters an address cannot hold.</source>
        <translation>{field}: «{value}» يحتوي على أحرف لا يجوز أن يتضمنها عنوان البريد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="137"/>
        <source>{field}: “{value}” needs a domain with a dot after the @ (such as example.org).</source>
        <translation>{field}: «{value}» يحتاج بعد علامة @ إلى نطاق فيه نقطة (مثل example.org).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="150"/>
        <location filename="../../bizhr_desktop/core/validation.py" line="156"/>
        <source>{field}: “{value}” has a domain that is not valid after the @.</source>
        <translation>{field}: «{value}» فيه نطاق غير صالح بعد علامة @.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="179"/>
        <source>{field}: “{value}” has no country code: write it with + and the country code.</source>
        <translation>{field}: «{value}» بلا رمز البلد: اكتبه بعلامة + يليها رمز البلد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="184"/>
        <source>{field}: “{value}” is not a phone number.</source>
        <translation>{field}: «{value}» ليس رقم هاتف.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="188"/>
        <source>{field}: “{value}” is not a valid phone number for its country.</source>
        <translation>{field}: «{value}» ليس رقم هاتف صالحًا في بلده.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="239"/>
        <source>{field}: “{value}” is a language without a two-letter ISO 639-1 code.</source>
        <translation>{field}: «{value}» لغة ليس لها رمز من حرفين وفق معيار ISO 639-1.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="247"/>
        <source>{field}: “{value}” is not a language we know: use a two-letter code (such as fr) or its name.</source>
        <translation>{field}: «{value}» ليست لغة نعرفها: استخدم رمزًا من حرفين (مثل fr) أو اسم اللغة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="265"/>
        <source>{field}: “{value}” is not a date written yyyy-mm-dd (such as 2025-03-31).</source>
        <translation>{field}: «{value}» ليس تاريخًا مكتوبًا بالصيغة yyyy-mm-dd (مثل 2025-03-31).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="273"/>
        <source>{field}: “{value}” is not a day of the calendar.</source>
        <translation>{field}: «{value}» ليس يومًا موجودًا في التقويم.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/_resources.py" line="19"/>
        <source>The program&apos;s resources folder is missing ({folder}); reinstall it.</source>
        <translation>مجلد موارد البرنامج مفقود ({folder})؛ أعد تثبيت البرنامج.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/_resources.py" line="30"/>
        <source>The font {file_name} is missing from {folder}; reinstall the program.</source>
        <translation>الخط {file_name} غير موجود في {folder}؛ أعد تثبيت البرنامج.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="91"/>
        <source>This file is not a BizHR bundle, or its header is damaged ({detail}).</source>
        <translation>هذا الملف ليس حزمة BizHR، أو أن ترويسته تالفة ({detail}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="97"/>
        <source>This bundle is incomplete: it ends too early, probably because copying it was interrupted. Copy it again from the original.</source>
        <translation>هذه الحزمة ناقصة: تنتهي قبل أوانها، على الأرجح لأن نسخها انقطع. انسخها مرة أخرى من الأصل.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="104"/>
        <source>This bundle was altered after it was made ({detail}). Do not use this copy; ask the sender for a new one.</source>
        <translation>عُدّلت هذه الحزمة بعد إنشائها ({detail}). لا تستخدم هذه النسخة؛ واطلب نسخة جديدة ممّن أرسلها.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="186"/>
        <source>A bundle needs a passphrase.</source>
        <translation>تحتاج الحزمة إلى عبارة مرور.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="191"/>
        <source>The bundle could not be encrypted.</source>
        <translation>تعذّر تشفير الحزمة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="245"/>
        <source>The passphrase does not open this bundle. Check it and try again.</source>
        <translation>عبارة المرور لا تفتح هذه الحزمة. تحقّق منها وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="337"/>
        <source>A passphrase needs at least 5 words.</source>
        <translation>تحتاج عبارة المرور إلى 5 كلمات على الأقل.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="45"/>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="47"/>
        <source>The file is {size} MB; files over {limit} MB are not imported.</source>
        <translation>حجم الملف {size} ميغابايت؛ ولا تُستورد الملفات التي يزيد حجمها على {limit} ميغابايت.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="56"/>
        <source>The file is not valid UTF-8 text (line {line}, byte {byte}). Save it again as “CSV UTF-8” and retry.</source>
        <translation>الملف ليس نصًا صالحًا بترميز UTF-8 (السطر {line}، البايت {byte}). احفظه مرة أخرى بصيغة «CSV UTF-8» ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="64"/>
        <source>The file contains a NUL character at line {line}; it is not a CSV text file.</source>
        <translation>يحتوي الملف على محرف NUL في السطر {line}؛ فهو ليس ملفًا نصيًا بصيغة CSV.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="73"/>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="169"/>
        <source>Row {row}, column {column}{column_name} holds more than {limit:,} characters; cells that large are not imported.</source>
        <translation>الصف {row}، العمود {column}{column_name}: يتجاوز عدد الأحرف {limit:,}؛ ولا تُستورد خلايا بهذا الحجم.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="117"/>
        <source>The file has more than {limit:,} rows; it is not imported.</source>
        <translation>يتجاوز عدد صفوف الملف {limit:,}؛ لذا لن يُستورد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="136"/>
        <source>Row {row} (line {start_line}) opens a quote that is never closed.</source>
        <translation>الصف {row} (السطر {start_line}) يفتح علامة اقتباس لا تُغلق أبدًا.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="155"/>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="188"/>
        <source>Row {row} has more than {limit} columns; files that wide are not imported.</source>
        <translation>يتجاوز عدد الأعمدة في الصف {row} الحد ({limit})؛ ولا تُستورد ملفات بهذا العرض.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="170"/>
        <source>Row {row} (line {line}): text follows a closing quote; a quote inside a quoted cell must be doubled.</source>
        <translation>الصف {row} (السطر {line}): يوجد نص بعد علامة اقتباس الإغلاق؛ ويجب تكرار علامة الاقتباس مرتين داخل الخلية المحاطة بعلامات اقتباس.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="211"/>
        <source>The file is empty; a header row with column names is required.</source>
        <translation>الملف فارغ؛ ويلزم صف عناوين فيه أسماء الأعمدة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="241"/>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="226"/>
        <source>Row {row} has {cells} cells but the header has {columns}; nothing was written.</source>
        <translation>عدد الخلايا في الصف {row} هو {cells}، لكن صف العناوين فيه {columns}؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="253"/>
        <source>A value contains a NUL character and cannot be written to CSV.</source>
        <translation>تحتوي إحدى القيم على محرف NUL ولا يمكن كتابتها في ملف CSV.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="27"/>
        <source>The name or address of {what} contains a line break.</source>
        <translation>يحتوي الاسم أو العنوان الخاص بـ {what} على فاصل أسطر.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="31"/>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="33"/>
        <source>The e-mail address of {what} is not valid.</source>
        <translation>عنوان البريد الإلكتروني الخاص بـ {what} غير صالح.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="46"/>
        <source>The subject must fit on one line.</source>
        <translation>يجب أن يكون الموضوع في سطر واحد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="67"/>
        <source>An e-mail draft could not be written: an address cannot be encoded.</source>
        <translation>تعذّرت كتابة مسودة بريد إلكتروني: أحد العناوين لا يمكن ترميزه.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="99"/>
        <source>There is nobody to invite.</source>
        <translation>لا يوجد أحد لدعوته.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="42"/>
        <source>“{name}” is not a known time zone (for example Europe/Zurich or Africa/Khartoum).</source>
        <translation>«{name}» ليست منطقة زمنية معروفة (مثل Europe/Zurich أو Africa/Khartoum).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="51"/>
        <source>The meeting “{title}” has a start or end without a time zone.</source>
        <translation>للاجتماع «{title}» وقت بداية أو نهاية بلا منطقة زمنية.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="54"/>
        <source>The meeting “{title}” ends before it starts.</source>
        <translation>الاجتماع «{title}» ينتهي قبل أن يبدأ.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="57"/>
        <source>“{status}” is not a calendar status ({statuses}).</source>
        <translation>«{status}» ليست حالة تقويم معروفة ({statuses}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="62"/>
        <source>The meeting “{title}” has no usable identifier.</source>
        <translation>ليس للاجتماع «{title}» معرّف صالح للاستخدام.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="116"/>
        <source>The calendar file is too large to read.</source>
        <translation>ملف التقويم أكبر من أن يُقرأ.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="120"/>
        <source>The file is not a valid iCalendar (.ics) file.</source>
        <translation>الملف ليس ملف iCalendar (.ics) صالحًا.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="126"/>
        <source>A calendar event has an all-day date instead of a time.</source>
        <translation>أحد أحداث التقويم يشغل يومًا كاملًا بدلًا من أن يكون له وقت محدد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/pdf_io.py" line="316"/>
        <source>The PDF could not be produced ({error}).</source>
        <translation>تعذّر إنشاء ملف PDF ({error}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/pdf_io.py" line="383"/>
        <source>A row has {cells} cells but the header has {columns}; nothing was written.</source>
        <translation>عدد الخلايا في أحد الصفوف هو {cells}، لكن صف العناوين فيه {columns}؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="62"/>
        <source>A cell contains a NUL character; the file is not imported.</source>
        <translation>تحتوي إحدى الخلايا على محرف NUL؛ لذا لن يُستورد الملف.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="120"/>
        <source>1 row does not match the header; nothing was imported. {rows}.</source>
        <translation>صف واحد لا يطابق صف العناوين؛ لم يُستورد شيء. {rows}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="124"/>
        <source>{count} rows do not match the header; nothing was imported. {rows}; and {more} more.</source>
        <translation>عدد الصفوف التي لا تطابق صف العناوين: {count}؛ لم يُستورد شيء. {rows}؛ وصفوف أخرى عددها {more}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="132"/>
        <source>{count} rows do not match the header; nothing was imported. {rows}.</source>
        <translation>عدد الصفوف التي لا تطابق صف العناوين: {count}؛ لم يُستورد شيء. {rows}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="150"/>
        <source>The first row is empty; a header row with column names is required.</source>
        <translation>الصف الأول فارغ؛ ويلزم صف عناوين فيه أسماء الأعمدة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="154"/>
        <source>Column {columns} of the header row has no name.</source>
        <translation>العمود {columns} في صف العناوين بلا اسم.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="166"/>
        <source>The header row names the same column more than once: {columns}.</source>
        <translation>يتكرر اسم العمود نفسه في صف العناوين: {columns}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="53"/>
        <source>This spreadsheet is password-protected or in the old .xls format. Remove the password and save it as .xlsx, then retry.</source>
        <translation>جدول البيانات هذا محمي بكلمة مرور أو محفوظ بصيغة .xls القديمة. أزل كلمة المرور واحفظه بصيغة .xlsx، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="60"/>
        <source>The file is not an .xlsx spreadsheet (it is not a zip archive).</source>
        <translation>الملف ليس جدول بيانات بصيغة .xlsx (فهو ليس أرشيف zip).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="66"/>
        <source>The spreadsheet holds {parts:,} internal parts; more than {limit:,} is not a normal .xlsx file.</source>
        <translation>عدد الأجزاء الداخلية في جدول البيانات {parts:,}؛ والملف الذي يتجاوز {limit:,} ليس ملف .xlsx عاديًا.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="74"/>
        <source>Part of the spreadsheet is encrypted; it cannot be imported.</source>
        <translation>جزء من جدول البيانات مشفر؛ لذا لا يمكن استيراده.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="82"/>
        <source>The spreadsheet expands more than {ratio} times when opened (a “zip bomb”); it is not imported.</source>
        <translation>يتضخم جدول البيانات عند فتحه أكثر من {ratio} مرة (ما يُسمّى «قنبلة zip»)؛ لذا لن يُستورد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="88"/>
        <source>The spreadsheet would take {size:,} MB once opened; the limit is {limit} MB.</source>
        <translation>سيشغل جدول البيانات {size:,} ميغابايت بعد فتحه؛ والحد الأقصى {limit} ميغابايت.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="126"/>
        <source>The spreadsheet is damaged or not an .xlsx file; it cannot be read.</source>
        <translation>جدول البيانات تالف أو ليس ملفًا بصيغة .xlsx؛ لا يمكن قراءته.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="136"/>
        <source>The spreadsheet has no sheet.</source>
        <translation>لا توجد في جدول البيانات أي ورقة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="149"/>
        <source>The sheet has more than {limit:,} rows; it is not imported.</source>
        <translation>يتجاوز عدد صفوف الورقة {limit:,}؛ لذا لن تُستورد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="158"/>
        <source>Row {row} has more than {limit} columns; sheets that wide are not imported.</source>
        <translation>يتجاوز عدد الأعمدة في الصف {row} الحد ({limit})؛ ولا تُستورد أوراق بهذا العرض.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="190"/>
        <source>The spreadsheet is damaged; its first sheet cannot be read.</source>
        <translation>جدول البيانات تالف؛ لا يمكن قراءة ورقته الأولى.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="194"/>
        <source>The first sheet is empty; a header row with column names is required.</source>
        <translation>الورقة الأولى فارغة؛ ويلزم صف عناوين فيه أسماء الأعمدة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="204"/>
        <source>The bundle could not be read: {message}</source>
        <translation>تعذّرت قراءة الحزمة: {message}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="231"/>
        <source>This bundle opened, but some of its records are not valid, so nothing was imported: {problems}; and {more} more.</source>
        <translation>فُتحت هذه الحزمة، لكن بعض سجلاتها غير صالحة، لذا لم يُستورد شيء: {problems}؛ ومشكلات أخرى عددها {more}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="237"/>
        <source>This bundle opened, but some of its records are not valid, so nothing was imported: {problems}.</source>
        <translation>فُتحت هذه الحزمة، لكن بعض سجلاتها غير صالحة، لذا لم يُستورد شيء: {problems}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="245"/>
        <source>This bundle opened, but its content is not a valid BizHR bundle ({detail}); nothing was imported. Ask the sender to export it again.</source>
        <translation>فُتحت هذه الحزمة، لكن محتواها ليس حزمة BizHR صالحة ({detail})؛ لم يُستورد شيء. اطلب ممّن أرسلها أن يصدّرها مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="472"/>
        <source>This file is an encrypted age file, but what it holds is not a BizHR bundle.</source>
        <translation>هذا الملف ملف age مشفر، لكن ما يحتويه ليس حزمة BizHR.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="479"/>
        <source>This bundle was made by a newer BizHR Desktop (bundle format version {version}; this one reads version {supported}). Update BizHR Desktop to open it.</source>
        <translation>أُنشئت هذه الحزمة بإصدار أحدث من BizHR Desktop (إصدار صيغة الحزمة {version}؛ وهذا الإصدار يقرأ الإصدار {supported}). حدِّث BizHR Desktop لفتحها.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="675"/>
        <source>The vault changed since this merge was previewed; nothing was imported. Preview the merge again.</source>
        <translation>تغيّرت الخزنة منذ معاينة هذا الدمج؛ لم يُستورد شيء. عاين الدمج مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/demo.py" line="620"/>
        <source>The number of {what} for demo data is between 0 and {limit}.</source>
        <translation>يتراوح عدد {what} في البيانات التجريبية بين 0 و{limit}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/demo.py" line="648"/>
        <source>This vault already holds records; demo data goes only into an empty vault, so that fictional people never mix with real ones. Create a new vault for the demo.</source>
        <translation>تحتوي هذه الخزنة على سجلات بالفعل؛ ولا تُضاف البيانات التجريبية إلا إلى خزنة فارغة، حتى لا يختلط الأشخاص الخياليون بالحقيقيين أبدًا. أنشئ خزنة جديدة للتجربة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="203"/>
        <source>Choose the meeting whose list you want to export.</source>
        <translation>اختر الاجتماع الذي تريد تصدير قائمته.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="205"/>
        <source>A filtered export needs the filter to apply.</source>
        <translation>يحتاج التصدير المُصفّى إلى عامل التصفية المراد تطبيقه.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="249"/>
        <source>Only a meeting&apos;s list can be marked as an attendance record.</source>
        <translation>لا يمكن وسم قائمة بأنها سجل حضور إلا إذا كانت قائمة اجتماع.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="256"/>
        <source>A list for another coordinator (internal) holds every field, notes and risk levels included, so it is written only as an encrypted bundle. Choose the bundle format.</source>
        <translation>تحتوي القائمة المخصصة لمنسق آخر (داخلية) على جميع الحقول، بما فيها الملاحظات ومستويات الخطر، لذا لا تُكتب إلا حزمةً مشفرة. اختر صيغة الحزمة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="262"/>
        <source>An encrypted bundle holds full records and is only for another coordinator (the internal audience). For a venue, co-organisers or the public choose CSV, XLSX or PDF.</source>
        <translation>تحتوي الحزمة المشفرة على سجلات كاملة، وهي مخصصة لمنسق آخر فقط (الجهة الداخلية). أما لمكان الانعقاد أو الجهات المشاركة في التنظيم أو العموم فاختر CSV أو XLSX أو PDF.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="608"/>
        <source>These full records can only be written as an encrypted bundle.</source>
        <translation>لا يمكن كتابة هذه السجلات الكاملة إلا حزمةً مشفرة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="666"/>
        <location filename="../../bizhr_desktop/services/travel.py" line="644"/>
        <source>That bundle passphrase is too weak. {advice}</source>
        <translation>عبارة مرور الحزمة هذه ضعيفة جدًا. {advice}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="705"/>
        <source>Only an encrypted bundle takes a passphrase.</source>
        <translation>لا تُستخدم عبارة المرور إلا مع الحزمة المشفرة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/followups.py" line="87"/>
        <source>The {what} is longer than {limit} characters.</source>
        <translation>يتجاوز الحقل {what} الحد الأقصى لعدد الأحرف ({limit}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/followups.py" line="97"/>
        <source>A follow-up&apos;s status is one of {allowed}.</source>
        <translation>حالة المتابعة واحدة مما يلي: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/followups.py" line="110"/>
        <location filename="../../bizhr_desktop/services/invitations.py" line="538"/>
        <source>There is no organisation with that id in this vault.</source>
        <translation>لا توجد في هذه الخزنة منظمة بهذا المعرّف.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/followups.py" line="124"/>
        <location filename="../../bizhr_desktop/services/followups.py" line="169"/>
        <source>A follow-up needs a text: what should be done?</source>
        <translation>تحتاج المتابعة إلى نص: ما الذي ينبغي فعله؟</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/followups.py" line="150"/>
        <source>There is no follow-up with that id in this vault.</source>
        <translation>لا توجد في هذه الخزنة متابعة بهذا المعرّف.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="690"/>
        <source>{file}: only .csv (UTF-8) and .xlsx files can be imported. Save the spreadsheet in one of those formats and retry.</source>
        <translation>{file}: لا يمكن استيراد إلا ملفات .csv (بترميز UTF-8) و.xlsx. احفظ جدول البيانات بإحدى هاتين الصيغتين ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="364"/>
        <source>Every person needs a name; this cell is empty.</source>
        <translation>يحتاج كل شخص إلى اسم؛ هذه الخلية فارغة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="365"/>
        <source>Every organisation needs a name; this cell is empty.</source>
        <translation>تحتاج كل منظمة إلى اسم؛ هذه الخلية فارغة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="366"/>
        <source>This cell is empty; write one of: {allowed}.</source>
        <translation>هذه الخلية فارغة؛ اكتب إحدى القيم: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="367"/>
        <source>“{value}” is not one of: {allowed}.</source>
        <translation>«{value}» ليست من بين: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="368"/>
        <source>“{value}” is not a record id (a UUID).</source>
        <translation>«{value}» ليس معرّف سجل (UUID).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="370"/>
        <source>The same id is already on row {other}.</source>
        <translation>المعرّف نفسه موجود في الصف {other}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="371"/>
        <source>The same organisation is already on row {other}.</source>
        <translation>المنظمة نفسها موجودة في الصف {other}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="373"/>
        <source>This column name repeats “{other}”.</source>
        <translation>اسم هذا العمود يكرّر «{other}».</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="375"/>
        <source>This column is not one BizHR knows: match it to a field or choose not to import it.</source>
        <translation>لا يعرف BizHR هذا العمود: اربطه بحقل أو اختر عدم استيراده.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="377"/>
        <source>The file has no such column.</source>
        <translation>لا يحتوي الملف على هذا العمود.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="378"/>
        <source>“{value}” is not a field BizHR knows.</source>
        <translation>«{value}» ليس حقلًا يعرفه BizHR.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="379"/>
        <source>Both “{other}” and this column are matched to {label}.</source>
        <translation>العمود «{other}» وهذا العمود مربوطان كلاهما بـ{label}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="380"/>
        <source>The file has no column for {label}, which every row needs.</source>
        <translation>لا يحتوي الملف على عمود لـ{label}، وهو ما يحتاجه كل صف.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="1044"/>
        <source>The check was cancelled; nothing was changed.</source>
        <translation>أُلغي الفحص؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="1203"/>
        <source>The columns of this file have {count} problem(s); nothing was imported. {problems}</source>
        <translation>عدد المشكلات في أعمدة هذا الملف: {count}؛ لم يُستورد شيء. {problems}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="1209"/>
        <source>{bad_rows} of {total_rows} rows have problems; nothing was imported. Fix them, or choose to skip the bad rows.</source>
        <translation>توجد مشكلات في {bad_rows} من الصفوف من أصل {total_rows}؛ لم يُستورد شيء. صحّحها، أو اختر تخطي الصفوف التي فيها أخطاء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="1245"/>
        <location filename="../../bizhr_desktop/services/importing.py" line="1302"/>
        <location filename="../../bizhr_desktop/services/importing.py" line="1385"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>أُلغي الاستيراد؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="210"/>
        <source>An invitation&apos;s status is one of {allowed}.</source>
        <translation>حالة الدعوة واحدة مما يلي: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="218"/>
        <source>An invitee&apos;s role is one of {allowed}.</source>
        <translation>دور المدعو واحد مما يلي: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="240"/>
        <source>This meeting is cancelled: nobody can be invited to it.</source>
        <translation>هذا الاجتماع ملغى: لا يمكن دعوة أحد إليه.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="288"/>
        <source>A stakeholder group is one of {allowed}.</source>
        <translation>فئة أصحاب المصلحة واحدة مما يلي: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="303"/>
        <source>One of the organisations chosen is not in this vault.</source>
        <translation>إحدى المنظمات المختارة ليست في هذه الخزنة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="311"/>
        <source>Choose at least one stakeholder group, country or organisation (or invite every active participant).</source>
        <translation>اختر على الأقل فئة واحدة من أصحاب المصلحة أو بلدًا أو منظمة (أو ادعُ كل المشاركين النشطين).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="321"/>
        <source>There is no person with that id in this vault.</source>
        <translation>لا يوجد في هذه الخزنة شخص بهذا المعرّف.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="354"/>
        <location filename="../../bizhr_desktop/services/invitations.py" line="393"/>
        <location filename="../../bizhr_desktop/services/invitations.py" line="409"/>
        <source>That person is not invited to this meeting.</source>
        <translation>هذا الشخص غير مدعو إلى هذا الاجتماع.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="569"/>
        <source>Drafts are written one per invitee or as one Bcc draft.</source>
        <translation>تُكتب المسودات واحدة لكل مدعو، أو مسودة واحدة يكون فيها الجميع في نسخة مخفية.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="609"/>
        <source>Nobody invited to this meeting can be given a draft: {without_email} without an e-mail address, {unusable_email} with an address that cannot be used, {held_back} at high risk to reach through their secure channel.</source>
        <translation>لا يمكن إعداد مسودة لأي من المدعوين إلى هذا الاجتماع: بلا عنوان بريد إلكتروني: {without_email}، وبعنوان لا يمكن استخدامه: {unusable_email}، ومعرّضون لخطر مرتفع يجب التواصل معهم عبر قناتهم الآمنة: {held_back}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="121"/>
        <source>A time without a time zone cannot be stored.</source>
        <translation>لا يمكن حفظ وقت بلا منطقة زمنية.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="148"/>
        <source>“{name}” is not a time zone we know: use a name such as Europe/Zurich (for Geneva and Davos) or America/New_York.</source>
        <translation>«{name}» ليست منطقة زمنية نعرفها: استخدم اسمًا مثل Europe/Zurich (لجنيف ودافوس) أو America/New_York.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="169"/>
        <source>{when} does not exist in {zone}: the clocks go forward then. Choose a time an hour later or earlier.</source>
        <translation>الوقت {when} غير موجود في {zone}: تُقدَّم الساعات حينها. اختر وقتًا قبله أو بعده بساعة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="176"/>
        <source>{when} happens twice in {zone}: the clocks go back then. Choose a time outside that hour.</source>
        <translation>الوقت {when} يتكرر مرتين في {zone}: تُؤخَّر الساعات حينها. اختر وقتًا خارج تلك الساعة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="278"/>
        <location filename="../../bizhr_desktop/services/meetings.py" line="475"/>
        <source>There is no meeting with that id in this vault.</source>
        <translation>لا يوجد في هذه الخزنة اجتماع بهذا المعرّف.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="350"/>
        <source>A meeting must end after it starts.</source>
        <translation>يجب أن ينتهي الاجتماع بعد أن يبدأ.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="430"/>
        <source>A meeting&apos;s status is one of {allowed}.</source>
        <translation>حالة الاجتماع واحدة مما يلي: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="482"/>
        <source>Give a meeting&apos;s id, or at least its first 4 characters.</source>
        <translation>أدخل معرّف الاجتماع، أو أحرفه الأربعة الأولى على الأقل.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="488"/>
        <source>There is no meeting whose id starts with {text}.</source>
        <translation>لا يوجد اجتماع يبدأ معرّفه بـ {text}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="491"/>
        <source>More than one meeting&apos;s id starts with {text}: give more of it.</source>
        <translation>يبدأ معرّف أكثر من اجتماع بـ {text}: أدخل أحرفًا أكثر من المعرّف.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="539"/>
        <source>A programme&apos;s year must have four digits.</source>
        <translation>يجب أن تتكون سنة البرنامج من أربعة أرقام.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="592"/>
        <source>Say which year or which meetings to put in the calendar.</source>
        <translation>حدِّد السنة أو الاجتماعات التي تريد وضعها في التقويم.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="606"/>
        <source>A programme can be written as {formats}.</source>
        <translation>يمكن كتابة البرنامج بالصيغ التالية: {formats}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="68"/>
        <source>website: {message}</source>
        <translation>الموقع الإلكتروني: {message}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="77"/>
        <source>“{excerpt}” is not a web address (such as https://example.org).</source>
        <translation>«{excerpt}» ليس عنوان موقع إلكتروني (مثل https://example.org).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="967"/>
        <location filename="../../bizhr_desktop/services/organisations.py" line="88"/>
        <location filename="../../bizhr_desktop/services/organisations.py" line="229"/>
        <source>An organisation name is at most {limit} characters.</source>
        <translation>لا يجوز أن يتجاوز عدد أحرف اسم المنظمة {limit}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="105"/>
        <source>This organisation cannot be saved as it is. {problems}</source>
        <translation>لا يمكن حفظ هذه المنظمة على حالها. {problems}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="165"/>
        <location filename="../../bizhr_desktop/services/organisations.py" line="317"/>
        <source>No organisation with that id is in this vault.</source>
        <translation>لا توجد في هذه الخزنة منظمة بهذا المعرّف.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="235"/>
        <source>Another organisation is already called “{name}”.</source>
        <translation>توجد منظمة أخرى تحمل الاسم «{name}» بالفعل.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="240"/>
        <source>A sector is at most {limit} characters.</source>
        <translation>لا يجوز أن يتجاوز عدد أحرف القطاع {limit}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="250"/>
        <source>A web address is at most {limit} characters.</source>
        <translation>لا يجوز أن يتجاوز عدد أحرف عنوان الموقع الإلكتروني {limit}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="259"/>
        <source>A commitment date needs a public commitment: tick “Publicly committed” or clear the date.</source>
        <translation>تاريخ الالتزام يتطلب التزامًا علنيًا: حدِّد خانة «ملتزمة علنًا» أو امسح التاريخ.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="274"/>
        <source>An organisation called “{name}” is already in this vault.</source>
        <translation>توجد في هذه الخزنة بالفعل منظمة باسم «{name}».</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="132"/>
        <source>This person cannot be saved as it is. {problems}</source>
        <translation>لا يمكن حفظ سجل هذا الشخص على حاله. {problems}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="241"/>
        <source>The retention period is between 1 and {limit} months.</source>
        <translation>تتراوح مدة الاحتفاظ (بالأشهر) بين 1 و{limit}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="314"/>
        <source>A page starts at 0 and holds 0 or more rows.</source>
        <translation>تبدأ الصفحة من 0، وعدد صفوفها 0 أو أكثر.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="332"/>
        <source>A page holds 0 or more rows.</source>
        <translation>عدد صفوف الصفحة 0 أو أكثر.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="338"/>
        <source>This cursor belongs to a list sorted another way.</source>
        <translation>هذا المؤشر يخص قائمة مرتبة بطريقة أخرى.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="355"/>
        <location filename="../../bizhr_desktop/services/people.py" line="385"/>
        <location filename="../../bizhr_desktop/services/people.py" line="409"/>
        <source>No person with that id is in this vault.</source>
        <translation>لا يوجد في هذه الخزنة شخص بهذا المعرّف.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="372"/>
        <location filename="../../bizhr_desktop/services/people.py" line="532"/>
        <source>A person with this id is already in the vault.</source>
        <translation>يوجد في الخزنة بالفعل شخص بهذا المعرّف.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="566"/>
        <source>A contact summary is at most {limit} characters.</source>
        <translation>لا يجوز أن يتجاوز عدد أحرف ملخص التواصل {limit}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="569"/>
        <source>The channel is too long.</source>
        <translation>اسم القناة طويل جدًا.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="795"/>
        <source>A person cannot be merged with themselves.</source>
        <translation>لا يمكن دمج شخص مع نفسه.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="985"/>
        <source>A tag is at most {limit} characters.</source>
        <translation>لا يجوز أن يتجاوز عدد أحرف الوسم {limit}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="988"/>
        <source>A tag cannot contain “;” (it separates tags) or control characters.</source>
        <translation>لا يجوز أن يحتوي الوسم على «;» (فهي تفصل بين الوسوم) أو على أحرف تحكم.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="1038"/>
        <source>This is longer than {limit} characters.</source>
        <translation>يتجاوز هذا النص الحد الأقصى لعدد الأحرف ({limit}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="1040"/>
        <source>This contains control characters.</source>
        <translation>يحتوي هذا النص على أحرف تحكم.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="1043"/>
        <source>A person needs a name.</source>
        <translation>يجب أن يكون للشخص اسم.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="369"/>
        <location filename="../../bizhr_desktop/services/people.py" line="1075"/>
        <source>This date is in the future.</source>
        <translation>هذا التاريخ في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people_query.py" line="388"/>
        <source>A list can be sorted by {keys}; not by that.</source>
        <translation>يمكن ترتيب القائمة حسب {keys}، لا حسب ذلك.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="47"/>
        <source>Wrong PIN. One more try, then the passphrase is needed.</source>
        <translation>رمز PIN خاطئ. بقيت محاولة واحدة، وبعدها تلزم عبارة المرور.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="50"/>
        <source>Wrong PIN. {tries} more tries, then the passphrase is needed.</source>
        <translation>رمز PIN خاطئ. عدد المحاولات المتبقية: {tries}، وبعدها تلزم عبارة المرور.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="59"/>
        <source>Three wrong PINs: type your passphrase to unlock.</source>
        <translation>أُدخل رمز PIN خاطئ ثلاث مرات: اكتب عبارة المرور لفتح الخزنة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="74"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>يتكون رمز PIN من 4 إلى 8 أرقام.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="131"/>
        <source>Unlock with your passphrase first, then choose a PIN.</source>
        <translation>افتح الخزنة بعبارة المرور أولًا، ثم اختر رمز PIN.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="214"/>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1177"/>
        <source>Wrong passphrase.</source>
        <translation>عبارة المرور خاطئة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="412"/>
        <source>Say why the flag may stand: what you checked and decided.</source>
        <translation>اذكر لماذا يمكن الإبقاء على التنبيه: ما الذي تحققت منه وما الذي قررته.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="415"/>
        <source>The reason is longer than {limit} characters.</source>
        <translation>السبب أطول من {limit} حرفًا.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="467"/>
        <source>The review of this meeting no longer raises that flag: look at the review again.</source>
        <translation>لم تعد مراجعة هذا الاجتماع تثير ذلك التنبيه: انظر في المراجعة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="475"/>
        <source>Say who signs the safety review off.</source>
        <translation>حدِّد من يعتمد مراجعة السلامة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="478"/>
        <source>The signer&apos;s name is longer than {limit} characters.</source>
        <translation>يتجاوز اسم المعتمِد الحد الأقصى لعدد الأحرف ({limit}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="485"/>
        <source>Record the meeting&apos;s risk assessment before signing its safety review off.</source>
        <translation>سجّل تقييم مخاطر الاجتماع قبل اعتماد مراجعة السلامة الخاصة به.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="489"/>
        <source>{count} critical flag(s) are not checked yet: {which}. Look at each one and mark it checked, with a reason, before signing the review off.</source>
        <translation>{count} من التنبيهات الحرجة لم يُتحقَّق منها بعد: {which}. انظر في كل واحد منها وعلّمه بأنه تم التحقق منه، مع ذكر السبب، قبل اعتماد المراجعة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="533"/>
        <source>No plaintext {purpose} of this meeting can leave the vault yet: {why}. Review the meeting&apos;s flags and sign them off, or give a reason to override.</source>
        <translation>لا يمكن بعدُ إخراج أي محتوى غير مشفر من هذا الاجتماع ({purpose}) من الخزنة: {why}. راجع تنبيهات الاجتماع واعتمدها، أو اذكر سببًا للتجاوز.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="53"/>
        <source>The setting {setting} is on or off.</source>
        <translation>الإعداد {setting} إما مفعّل أو معطّل.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="57"/>
        <source>The setting {setting} is a whole number.</source>
        <translation>قيمة الإعداد {setting} عدد صحيح.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="60"/>
        <source>The setting {setting} must be between {minimum} and {maximum}.</source>
        <translation>يجب أن تكون قيمة الإعداد {setting} بين {minimum} و{maximum}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="67"/>
        <source>The setting {setting} needs a keyboard shortcut.</source>
        <translation>يحتاج الإعداد {setting} إلى اختصار لوحة مفاتيح.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="174"/>
        <source>There is no setting called {key}.</source>
        <translation>لا يوجد إعداد باسم {key}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="478"/>
        <source>Records changed while the travel bundle was being written, so nothing was moved and the bundle was removed. Plan the travel again.</source>
        <translation>تغيّرت سجلات أثناء كتابة حزمة السفر، لذا لم يُنقل شيء وحُذفت الحزمة. خطّط للسفر من جديد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="525"/>
        <source>This travel bundle opened, but its content is not valid ({detail}); nothing was changed. Use another copy of the bundle if you have one.</source>
        <translation>فُتحت حزمة السفر هذه، لكن محتواها غير صالح ({detail})؛ لم يتغيّر شيء. استخدم نسخة أخرى من الحزمة إن كانت لديك.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="544"/>
        <source>This is a bundle for sharing records with a colleague, not a travel bundle. Import it with “Import bundle” instead.</source>
        <translation>هذه حزمة لمشاركة السجلات مع زميل، وليست حزمة سفر. استوردها بدلًا من ذلك عبر «استيراد حزمة».</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="549"/>
        <source>This file is an encrypted age file, but what it holds is not a BizHR travel bundle.</source>
        <translation>هذا الملف ملف age مشفر، لكن ما يحتويه ليس حزمة سفر BizHR.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="556"/>
        <source>This travel bundle was made by a newer BizHR Desktop (travel format version {version}). Update BizHR Desktop to bring these records back.</source>
        <translation>أُنشئت حزمة السفر هذه بإصدار أحدث من BizHR Desktop (إصدار صيغة السفر {version}). حدِّث BizHR Desktop لإعادة هذه السجلات.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="605"/>
        <source>The travel bundle could not be read: {message}</source>
        <translation>تعذّرت قراءة حزمة السفر: {message}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="654"/>
        <source>{file} already exists; choose a new file name, so that no earlier travel bundle is overwritten.</source>
        <translation>{file} موجود بالفعل؛ اختر اسم ملف جديدًا حتى لا تُستبدل حزمة سفر سابقة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="659"/>
        <source>The folder for {file} does not exist.</source>
        <translation>المجلد الخاص بـ {file} غير موجود.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="767"/>
        <source>Nothing to move: no record matches what you chose.</source>
        <translation>لا شيء لنقله: لا يوجد سجل يطابق ما اخترته.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="789"/>
        <source>The travel bundle did not read back exactly as written, so nothing was moved and the bundle was removed. Try another drive.</source>
        <translation>لم تُقرأ حزمة السفر كما كُتبت تمامًا، لذا لم يُنقل شيء وحُذفت الحزمة. جرّب وحدة تخزين أخرى.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="825"/>
        <source>This travel bundle was made from another vault, not this one. Nothing was changed.</source>
        <translation>أُنشئت حزمة السفر هذه من خزنة أخرى، لا من هذه الخزنة. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="832"/>
        <source>This travel bundle belongs to this vault, but the vault has no record of it leaving (was the vault restored from an older backup?). Nothing was changed.</source>
        <translation>حزمة السفر هذه تخص هذه الخزنة، لكن لا يوجد في الخزنة ما يدل على خروجها (هل استُعيدت الخزنة من نسخة احتياطية أقدم؟). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="838"/>
        <source>These records were already brought back on {date}. Nothing was changed.</source>
        <translation>أُعيدت هذه السجلات بالفعل في {date}. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/vaults.py" line="62"/>
        <source>That passphrase is too weak: {advice}</source>
        <translation>عبارة المرور هذه ضعيفة جدًا: {advice}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/vaults.py" line="82"/>
        <source>The unlock time must be between 0.1 and 10 seconds.</source>
        <translation>يجب أن يكون وقت فتح الخزنة بين 0.1 و10 ثوانٍ.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/vaults.py" line="186"/>
        <source>That is not this vault&apos;s passphrase; nothing was changed.</source>
        <translation>هذه ليست عبارة مرور هذه الخزنة؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/vaults.py" line="256"/>
        <source>The duress mode is &apos;decoy&apos; or &apos;erase&apos;.</source>
        <translation>وضع الإكراه إما &apos;decoy&apos; (تمويه) أو &apos;erase&apos; (محو).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="61"/>
        <source>The vault file is damaged ({detail}). Your key is right, but the data does not pass its integrity check. Restore it from a backup; nothing was changed.</source>
        <translation>ملف الخزنة تالف ({detail}). مفتاحك صحيح، لكن البيانات لا تجتاز فحص السلامة. استعِده من نسخة احتياطية؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="85"/>
        <source>{what} is read-only here; nothing was changed.</source>
        <translation>{what}: للقراءة فقط هنا؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="90"/>
        <location filename="../../bizhr_desktop/vault/files.py" line="45"/>
        <source>The disk is full: could not write {what}. Nothing was changed.</source>
        <translation>القرص ممتلئ: تعذّرت كتابة {what}. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="93"/>
        <source>This vault is busy in another BizHR window or command. Close it there first.</source>
        <translation>هذه الخزنة مشغولة في نافذة أو أمر آخر من BizHR. أغلقها هناك أولًا.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="101"/>
        <source>The disk is full: could not open or write {what}. Free some space (delete or move other files), then try again. Nothing was changed.</source>
        <translation>القرص ممتلئ: تعذّر فتح {what} أو الكتابة فيه. أفرغ بعض المساحة (احذف ملفات أخرى أو انقلها)، ثم حاول مرة أخرى. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="106"/>
        <source>Could not read or write {what}: {reason}.</source>
        <translation>تعذّرت قراءة {what} أو الكتابة فيه: {reason}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="224"/>
        <source>This file is not encrypted the way BizHR encrypts vaults (its header is in plaintext: cipher_plaintext_header_size). It was not opened.</source>
        <translation>هذا الملف غير مشفر بالطريقة التي يشفّر بها BizHR الخزائن (ترويسته غير مشفرة: cipher_plaintext_header_size). لم يُفتح.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="237"/>
        <source>This BizHR build has SQLCipher {version}; version 4 is required. Reinstall BizHR Desktop.</source>
        <translation>يحتوي إصدار BizHR هذا على SQLCipher {version}؛ والإصدار 4 مطلوب. أعد تثبيت BizHR Desktop.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="249"/>
        <source>This vault uses an unexpected encryption setting ({name}); BizHR opens only vaults with SQLCipher 4&apos;s default settings.</source>
        <translation>تستخدم هذه الخزنة إعداد تشفير غير متوقع ({name})؛ ولا يفتح BizHR إلا الخزائن ذات الإعدادات الافتراضية لـ SQLCipher 4.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="280"/>
        <source>Could not set {name} on the vault (got {actual}).</source>
        <translation>تعذّر ضبط {name} في الخزنة (القيمة الناتجة: {actual}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="288"/>
        <source>Could not set SQLCipher&apos;s memory security to {wanted}.</source>
        <translation>تعذّر ضبط حماية الذاكرة في SQLCipher على {wanted}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="298"/>
        <source>This vault was written by a newer BizHR Desktop (schema {current}; this program knows up to {latest}). Update the program to open it.</source>
        <translation>كُتبت هذه الخزنة بإصدار أحدث من BizHR Desktop (المخطط {current}؛ وهذا البرنامج يعرف حتى المخطط {latest}). حدِّث البرنامج لفتحها.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="357"/>
        <location filename="../../bizhr_desktop/vault/vault.py" line="432"/>
        <source>The vault is locked.</source>
        <translation>الخزنة مقفلة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="427"/>
        <source>The vault was locked before this change could be saved; nothing was changed.</source>
        <translation>قُفلت الخزنة قبل أن يُحفظ هذا التغيير؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="563"/>
        <source>The vault&apos;s recent changes could not be folded into its file (it is busy); nothing was written. Try again in a moment.</source>
        <translation>تعذّر دمج التغييرات الأخيرة للخزنة في ملفها (فهي مشغولة)؛ لم يُكتب شيء. حاول مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="581"/>
        <source>The disk is full: the vault could not be re-encrypted under a new key (that needs about the vault&apos;s own size free). Nothing was changed; free some space and try again.</source>
        <translation>القرص ممتلئ: تعذّرت إعادة تشفير الخزنة بمفتاح جديد (يلزم ذلك مساحة فارغة تعادل تقريبًا حجم الخزنة). لم يتغيّر شيء؛ أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="586"/>
        <source>The vault could not be re-encrypted under a new key ({reason}). Nothing was changed.</source>
        <translation>تعذّرت إعادة تشفير الخزنة بمفتاح جديد ({reason}). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="592"/>
        <source>The vault could not be re-encrypted under a new key (its changes could not be folded into the file). Nothing was changed.</source>
        <translation>تعذّرت إعادة تشفير الخزنة بمفتاح جديد (تعذّر دمج تغييراتها في الملف). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="48"/>
        <source>Permission denied: could not write {what}. Nothing was changed.</source>
        <translation>الإذن مرفوض: تعذّرت كتابة {what}. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="51"/>
        <source>Could not write {what}: {reason}. Nothing was changed.</source>
        <translation>تعذّرت كتابة {what}: {reason}. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="248"/>
        <source>&apos;-&apos; (standard output) cannot be used here; give a file name.</source>
        <translation>لا يمكن استخدام &apos;-&apos; (المخرج القياسي) هنا؛ أدخل اسم ملف.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="255"/>
        <source>{shown} is a file of a vault (the vault itself, its key file or a file SQLite keeps beside it); writing there would destroy records. Choose another name.</source>
        <translation>{shown} ملف من ملفات خزنة (الخزنة نفسها أو ملف مفتاحها أو ملف يحفظه SQLite بجانبها)؛ والكتابة فيه ستُتلف السجلات. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="267"/>
        <source>Cannot check {shown}: {reason}. Nothing was written.</source>
        <translation>تعذّر فحص {shown}: {reason}. لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="272"/>
        <source>{shown} is a folder; give a file name to write to.</source>
        <translation>{shown} مجلد؛ أدخل اسم ملف للكتابة فيه.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="275"/>
        <source>{shown} is not an ordinary file (a device, pipe or socket); nothing was written. To write to standard output, give - as the file name.</source>
        <translation>{shown} ليس ملفًا عاديًا (جهاز أو أنبوب أو مقبس)؛ لم يُكتب شيء. للكتابة في المخرج القياسي، أدخل - اسمًا للملف.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="283"/>
        <source>{shown} is a BizHR backup or key file; writing there would destroy it. Choose another name.</source>
        <translation>{shown} نسخة احتياطية أو ملف مفتاح لـ BizHR؛ والكتابة فيه ستُتلفه. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="288"/>
        <source>{shown} already exists; nothing was written.</source>
        <translation>{shown} موجود بالفعل؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="301"/>
        <location filename="../../bizhr_desktop/vault/files.py" line="311"/>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} مجلد وليس ملفًا.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="303"/>
        <source>There is no file {path}.</source>
        <translation>الملف {path} غير موجود.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="306"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>تعذّرت قراءة {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="314"/>
        <source>{file} is not an ordinary file (a pipe, device or socket); save {what} to a file first.</source>
        <translation>{file} ليس ملفًا عاديًا (أنبوب أو جهاز أو مقبس)؛ احفظه في ملف أولًا ({what}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="321"/>
        <source>{file} is {size} MB; {what} over {limit} MB is not read.</source>
        <translation>حجم {file} هو {size} ميغابايت؛ ولا يُقرأ هذا الملف ({what}) إذا تجاوز {limit} ميغابايت.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="333"/>
        <source>{file} grew while it was read; nothing was read.</source>
        <translation>ازداد حجم {file} أثناء قراءته؛ لم يُقرأ شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="343"/>
        <source>{folder} is a file, not a folder; choose another location.</source>
        <translation>{folder} ملف وليس مجلدًا؛ اختر موقعًا آخر.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="368"/>
        <location filename="../../bizhr_desktop/vault/files.py" line="384"/>
        <source>This vault is already open in another BizHR window or command. Close it there first.</source>
        <translation>هذه الخزنة مفتوحة بالفعل في نافذة أو أمر آخر من BizHR. أغلقها هناك أولًا.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="400"/>
        <source>The vault&apos;s lock is not held.</source>
        <translation>قفل الخزنة غير محجوز.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="61"/>
        <source>{which} could not be started ({error}); BizHR will not use it. Use a passphrase-only vault, or fix the keyring and try again.</source>
        <translation>تعذّر تشغيل {which} ({error})؛ لن يستخدمه BizHR. استخدم خزنة بعبارة مرور فقط، أو أصلح حلقة المفاتيح وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="90"/>
        <source>No secure OS keyring is available on this computer (keyring&apos;s ChainerBackend chains: {chained}). Use a passphrase-only vault, or start your desktop&apos;s keyring (GNOME Keyring, KWallet, KeePassXC) and try again.</source>
        <translation>لا تتوفر على هذا الحاسوب حلقة مفاتيح آمنة من نظام التشغيل (يسلسل ChainerBackend في keyring ما يلي: {chained}). استخدم خزنة بعبارة مرور فقط، أو شغّل حلقة المفاتيح في سطح المكتب لديك (GNOME Keyring أو KWallet أو KeePassXC) وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="97"/>
        <source>The keyring backend &apos;{name}&apos; stores secrets in a plain file, so BizHR will not use it. Remove the keyrings.alt package, or use a passphrase-only vault.</source>
        <translation>حلقة المفاتيح &apos;{name}&apos; تحفظ الأسرار في ملف غير مشفر، لذا لن يستخدمها BizHR. أزل مكتبة keyrings.alt، أو استخدم خزنة بعبارة مرور فقط.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="107"/>
        <source>No secure OS keyring is available on this computer (keyring backend &apos;{name}&apos;). Use a passphrase-only vault, or start your desktop&apos;s keyring (GNOME Keyring, KWallet, KeePassXC) and try again.</source>
        <translation>لا تتوفر على هذا الحاسوب حلقة مفاتيح آمنة من نظام التشغيل (حلقة المفاتيح &apos;{name}&apos;). استخدم خزنة بعبارة مرور فقط، أو شغّل حلقة المفاتيح في سطح المكتب لديك (GNOME Keyring أو KWallet أو KeePassXC) وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="113"/>
        <source>The keyring backend &apos;{name}&apos; is not one BizHR trusts. Only the macOS Keychain, Windows Credential Locker, Secret Service and KWallet are used.</source>
        <translation>لا يثق BizHR بحلقة المفاتيح &apos;{name}&apos;. لا يُستخدم إلا Keychain في macOS وCredential Locker في Windows وSecret Service وKWallet.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="124"/>
        <source>The OS keyring ({backend}) refused to store the vault&apos;s key ({error}). Is it locked?</source>
        <translation>رفضت حلقة مفاتيح النظام ({backend}) حفظ مفتاح الخزنة ({error}). هل هي مقفلة؟</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="136"/>
        <source>The OS keyring ({backend}) could not be read ({error}). Is it locked?</source>
        <translation>تعذّرت قراءة حلقة مفاتيح النظام ({backend}): {error}. هل هي مقفلة؟</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="151"/>
        <source>The OS keyring ({backend}) could not delete the vault&apos;s key ({error}).</source>
        <translation>تعذّر على حلقة مفاتيح النظام ({backend}) حذف مفتاح الخزنة ({error}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="118"/>
        <source>Argon2id memory must be between 64 and 256 MiB.</source>
        <translation>يجب أن تكون ذاكرة Argon2id بين 64 و256 MiB.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="120"/>
        <source>Argon2id iterations or lanes are out of range.</source>
        <translation>عدد التكرارات أو المسارات في Argon2id خارج النطاق المسموح.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="122"/>
        <source>Argon2id memory and iterations together ask too much work.</source>
        <translation>تتطلب ذاكرة Argon2id وتكراراته معًا عملًا أكثر من اللازم.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="230"/>
        <source>That is not a recovery key: it has 32 letters and digits, in groups of four.</source>
        <translation>هذا ليس مفتاح استرداد: يتكون مفتاح الاسترداد من 32 حرفًا ورقمًا، في مجموعات من أربعة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="276"/>
        <source>Every key slot of this vault is in use.</source>
        <translation>جميع خانات المفاتيح في هذه الخزنة مستخدمة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="335"/>
        <source>This vault&apos;s key file was written by a newer BizHR Desktop. Update the program to open it.</source>
        <translation>كُتب ملف مفتاح هذه الخزنة بإصدار أحدث من BizHR Desktop. حدِّث البرنامج لفتحها.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="407"/>
        <source>The vault&apos;s key file is damaged ({detail}). Restore the vault and its key file from a backup; nothing was changed.</source>
        <translation>ملف مفتاح الخزنة تالف ({detail}). استعِد الخزنة وملف مفتاحها من نسخة احتياطية؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="515"/>
        <source>Wrong passphrase or recovery key.</source>
        <translation>عبارة المرور أو مفتاح الاسترداد خاطئ.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="525"/>
        <source>The vault&apos;s key file was altered: its parts do not belong together. Restore the vault and its key file from a backup.</source>
        <translation>عُدّل ملف مفتاح الخزنة: أجزاؤه لا تتطابق. استعِد الخزنة وملف مفتاحها من نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="86"/>
        <source>There is no vault at {path}.</source>
        <translation>لا توجد خزنة في {path}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="91"/>
        <source>The vault&apos;s key file ({file}) is missing. It must sit beside the vault; restore it from a backup.</source>
        <translation>ملف مفتاح الخزنة ({file}) مفقود. يجب أن يكون بجانب الخزنة؛ استعِده من نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="97"/>
        <source>Could not read the key file {path}: {reason}.</source>
        <translation>تعذّرت قراءة ملف المفتاح {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="155"/>
        <location filename="../../bizhr_desktop/vault/vault.py" line="217"/>
        <source>A vault already exists at {path}; choose another name.</source>
        <translation>توجد خزنة بالفعل في {path}؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="161"/>
        <source>Unknown unlock method &apos;{method}&apos;.</source>
        <translation>طريقة فتح غير معروفة: &apos;{method}&apos;.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="306"/>
        <source>This vault is missing its last 1 saved change: its key file records {recorded}, the vault file holds {held}. The file {file}-wal, which held them until they were written into the vault file, is missing or damaged, or the vault file is an older copy. If you have that -wal file (or the newer vault file), put it back beside the vault and open it again. Otherwise restore the vault from a backup, or open it as it is, without those changes, with: bizhr verify {path} --accept-missing-changes</source>
        <translation>ينقص هذه الخزنة آخر تغيير محفوظ فيها: عدد التغييرات المسجلة في ملف مفتاحها {recorded}، وفي ملف الخزنة {held}. الملف {file}-wal، الذي كان يحفظ هذا التغيير حتى يُكتب في ملف الخزنة، مفقود أو تالف، أو أن ملف الخزنة نسخة أقدم. إن كان لديك ملف -wal هذا (أو ملف الخزنة الأحدث)، فأعده إلى جانب الخزنة وافتحها مرة أخرى. وإلا فاستعِد الخزنة من نسخة احتياطية، أو افتحها كما هي، دون هذا التغيير، بالأمر: bizhr verify {path} --accept-missing-changes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="321"/>
        <source>This vault is missing its last {missing} saved changes: its key file records {recorded}, the vault file holds {held}. The file {file}-wal, which held them until they were written into the vault file, is missing or damaged, or the vault file is an older copy. If you have that -wal file (or the newer vault file), put it back beside the vault and open it again. Otherwise restore the vault from a backup, or open it as it is, without those changes, with: bizhr verify {path} --accept-missing-changes</source>
        <translation>ينقص هذه الخزنة آخر تغييراتها المحفوظة، وعددها {missing}: عدد التغييرات المسجلة في ملف مفتاحها {recorded}، وفي ملف الخزنة {held}. الملف {file}-wal، الذي كان يحفظ هذه التغييرات حتى تُكتب في ملف الخزنة، مفقود أو تالف، أو أن ملف الخزنة نسخة أقدم. إن كان لديك ملف -wal هذا (أو ملف الخزنة الأحدث)، فأعده إلى جانب الخزنة وافتحها مرة أخرى. وإلا فاستعِد الخزنة من نسخة احتياطية، أو افتحها كما هي، دون هذه التغييرات، بالأمر: bizhr verify {path} --accept-missing-changes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="652"/>
        <source>This computer&apos;s keyring has no key for this vault, so a duress passphrase cannot be checked against your passphrase. Re-link the keyring first.</source>
        <translation>لا يوجد في حلقة مفاتيح هذا الحاسوب مفتاح لهذه الخزنة، لذا لا يمكن مقارنة عبارة مرور الإكراه بعبارة مرورك. أعد ربط حلقة المفاتيح أولًا.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="656"/>
        <source>The duress passphrase must differ from the vault&apos;s passphrase.</source>
        <translation>يجب أن تختلف عبارة مرور الإكراه عن عبارة مرور الخزنة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="666"/>
        <source>The duress passphrase must differ from the vault&apos;s recovery key.</source>
        <translation>يجب أن تختلف عبارة مرور الإكراه عن مفتاح استرداد الخزنة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="699"/>
        <source>This vault has no passphrase to change.</source>
        <translation>ليس لهذه الخزنة عبارة مرور لتغييرها.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="706"/>
        <source>This computer&apos;s keyring has no key for this vault. Re-link the keyring first, then change the passphrase.</source>
        <translation>لا يوجد في حلقة مفاتيح هذا الحاسوب مفتاح لهذه الخزنة. أعد ربط حلقة المفاتيح أولًا، ثم غيّر عبارة المرور.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="794"/>
        <source>Give the passphrase that is to open the vault from now on.</source>
        <translation>أدخل عبارة المرور التي ستفتح الخزنة من الآن فصاعدًا.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="802"/>
        <source>This computer&apos;s keyring has no key for this vault. Re-link the keyring first, then revoke.</source>
        <translation>لا يوجد في حلقة مفاتيح هذا الحاسوب مفتاح لهذه الخزنة. أعد ربط حلقة المفاتيح أولًا، ثم نفّذ الإبطال.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="848"/>
        <source>That is not this vault&apos;s duress passphrase; nothing was changed.</source>
        <translation>هذه ليست عبارة مرور الإكراه لهذه الخزنة؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="855"/>
        <source>The new passphrase is the duress passphrase; choose another.</source>
        <translation>عبارة المرور الجديدة هي نفسها عبارة مرور الإكراه؛ اختر عبارة أخرى.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="877"/>
        <source>That is not this vault&apos;s passphrase.</source>
        <translation>هذه ليست عبارة مرور هذه الخزنة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="966"/>
        <source>The vault file became shorter while it was copied.</source>
        <translation>صار ملف الخزنة أقصر أثناء نسخه.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="994"/>
        <source>The backup {name} is damaged: {what}. Nothing was written.</source>
        <translation>النسخة الاحتياطية {name} تالفة: {what}. لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1000"/>
        <source>There is no backup at {backup}.</source>
        <translation>لا توجد نسخة احتياطية في {backup}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1002"/>
        <source>{name} is a folder, not a backup file.</source>
        <translation>{name} مجلد وليس ملف نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1005"/>
        <source>Cannot read {backup}: {reason}.</source>
        <translation>تعذّرت قراءة {backup}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1012"/>
        <source>{name} is not an ordinary file; it cannot be a backup.</source>
        <translation>{name} ليس ملفًا عاديًا؛ فلا يمكن أن يكون نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1015"/>
        <source>{name} is not a BizHR backup (too short).</source>
        <translation>{name} ليس نسخة احتياطية من BizHR (قصير جدًا).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1018"/>
        <source>{name} is not a BizHR backup.</source>
        <translation>{name} ليس نسخة احتياطية من BizHR.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1136"/>
        <source>Cannot open with the keyring alone: {problem}.</source>
        <translation>لا يمكن الفتح بحلقة المفاتيح وحدها: {problem}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1141"/>
        <source>Give a passphrase or a recovery key.</source>
        <translation>أدخل عبارة مرور أو مفتاح استرداد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1169"/>
        <source>That recovery key does not open this vault.</source>
        <translation>مفتاح الاسترداد هذا لا يفتح هذه الخزنة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1172"/>
        <source>Wrong passphrase. (Also, {problem}: if this vault was set up with the keyring, open it with your recovery key, then re-link this computer&apos;s keyring.)</source>
        <translation>عبارة المرور خاطئة. (كذلك: {problem}. إن كانت هذه الخزنة قد أُعدّت باستخدام حلقة المفاتيح، فافتحها بمفتاح الاسترداد، ثم أعد ربط حلقة مفاتيح هذا الحاسوب.)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1214"/>
        <source>A vault already exists at {path}. Restore to a new name, or move it away.</source>
        <translation>توجد خزنة بالفعل في {path}. استعِد باسم جديد، أو انقلها إلى مكان آخر.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1234"/>
        <source>The backup {file} became shorter.</source>
        <translation>صارت النسخة الاحتياطية {file} أقصر.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="68"/>
        <source>Type a passphrase.</source>
        <translation>اكتب عبارة مرور.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="74"/>
        <source>Too short: use at least {length} characters, or four or more words.</source>
        <translation>قصيرة جدًا: استخدم {length} حرفًا على الأقل، أو أربع كلمات أو أكثر.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="82"/>
        <source>Built on a very common word. Use four or more unrelated words.</source>
        <translation>مبنية على كلمة شائعة جدًا. استخدم أربع كلمات أو أكثر لا علاقة بينها.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="87"/>
        <source>Too easy to guess. Add words or mix in unusual ones.</source>
        <translation>سهلة التخمين جدًا. أضف كلمات أو امزج بينها كلمات غير مألوفة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="90"/>
        <source>Acceptable. A few more words would make it strong.</source>
        <translation>مقبولة. بضع كلمات إضافية تجعلها قوية.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="92"/>
        <source>Strong.</source>
        <translation>قوية.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="93"/>
        <source>Very strong.</source>
        <translation>قوية جدًا.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="62"/>
        <source>Notice</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="63"/>
        <source>&amp;Dismiss</source>
        <translation>إ&amp;غلاق</translation>
    </message>
</context>
<context>
    <name>OpenFollowUpsView</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="275"/>
        <source>Open follow-ups across the programme</source>
        <translation>المتابعات المفتوحة في البرنامج كله</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="277"/>
        <source>Back to the programme (Esc)</source>
        <translation>العودة إلى البرنامج (Esc)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="285"/>
        <source>Overdue ones come first and say “overdue” next to their date. Double-click one to open its meeting.</source>
        <translation>المتأخرة تأتي أولًا وبجانب تاريخها كلمة «متأخرة». انقر نقرًا مزدوجًا على متابعة لفتح اجتماعها.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="292"/>
        <source>Open follow-ups</source>
        <translation>المتابعات المفتوحة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="316"/>
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>المتابعات المفتوحة: %n</numerusform>
            <numerusform>المتابعات المفتوحة: %n</numerusform>
            <numerusform>المتابعات المفتوحة: %n</numerusform>
            <numerusform>المتابعات المفتوحة: %n</numerusform>
            <numerusform>المتابعات المفتوحة: %n</numerusform>
            <numerusform>المتابعات المفتوحة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="318"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>متأخرة: %n</numerusform>
            <numerusform>متأخرة: %n</numerusform>
            <numerusform>متأخرة: %n</numerusform>
            <numerusform>متأخرة: %n</numerusform>
            <numerusform>متأخرة: %n</numerusform>
            <numerusform>متأخرة: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="61"/>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="67"/>
        <source>Clear this date</source>
        <translation>مسح هذا التاريخ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="68"/>
        <source>Clear {field}</source>
        <translation>مسح {field}</translation>
    </message>
</context>
<context>
    <name>OrganisationAttendanceView</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="83"/>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="87"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="88"/>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="89"/>
        <source>Invited</source>
        <translation>المدعوون</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="90"/>
        <source>Accepted</source>
        <translation>المقبولة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="91"/>
        <source>Attended</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="93"/>
        <source>Attendance of this organisation&apos;s people</source>
        <translation>حضور أفراد هذه المنظمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="95"/>
        <source>None of its people was invited to a meeting yet.</source>
        <translation>لم يُدعَ أيٌّ من أفرادها إلى اجتماع بعد.</translation>
    </message>
</context>
<context>
    <name>OrganisationEditDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="56"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="120"/>
        <source>Edit organisation</source>
        <translation>تعديل المنظمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="60"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="91"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="62"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="92"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="66"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="93"/>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="67"/>
        <source>e.g. Mining, Garments, Finance</source>
        <translation>مثلًا: التعدين، الملابس، التمويل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="69"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="94"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="70"/>
        <source>Name or two-letter code, e.g. Kenya</source>
        <translation>الاسم أو الرمز المكون من حرفين، مثلًا Kenya</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="73"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="95"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="77"/>
        <source>Publicly committed</source>
        <translation>ملتزمة علنًا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="78"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="96"/>
        <source>Public commitment</source>
        <translation>التزام علني</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="81"/>
        <source>The organisation has publicly signalled its commitment: its name may then appear in lists shared with others.</source>
        <translation>أعلنت المنظمة التزامها علنًا: يمكن عندئذٍ أن يظهر اسمها في القوائم المشتركة مع الآخرين.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="85"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="97"/>
        <source>Committed on</source>
        <translation>تاريخ الالتزام</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="114"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>حفظ التغييرات (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="171"/>
        <source>Its name is public: it may appear in lists shared with others.</source>
        <translation>اسمها علني: يمكن أن يظهر في القوائم المشتركة مع الآخرين.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="174"/>
        <source>Its name is treated as identifying: shared lists leave it out unless the people in them agreed.</source>
        <translation>يُعامل اسمها كمعلومة تكشف الهوية: تحذفه القوائم المشتركة ما لم يوافق الأشخاص الواردون فيها.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="207"/>
        <source>Correct the fields marked above to save.</source>
        <translation>صحّح الحقول المعلَّمة أعلاه للحفظ.</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="133"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="134"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="135"/>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="136"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="137"/>
        <source>Public commitment</source>
        <translation>التزام علني</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="138"/>
        <source>Committed on</source>
        <translation>تاريخ الالتزام</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="139"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="162"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="162"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="178"/>
        <source>Publicly committed: its name may be shared.</source>
        <translation>ملتزمة علنًا: يجوز مشاركة اسمها.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="179"/>
        <source>Not publicly committed: its name is treated as identifying.</source>
        <translation>غير ملتزمة علنًا: يُعامل اسمها كمعلومة تكشف الهوية.</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="82"/>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="103"/>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="208"/>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="85"/>
        <source>Search organisations (Ctrl+F)</source>
        <translation>البحث في المنظمات (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="86"/>
        <source>Search organisations</source>
        <translation>البحث في المنظمات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="88"/>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="89"/>
        <source>Import organisations from a CSV or Excel file</source>
        <translation>استيراد منظمات من ملف CSV أو Excel</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="92"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="94"/>
        <source>Edit the selected organisation (Ctrl+E)</source>
        <translation>تعديل المنظمة المحددة (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="137"/>
        <source>People of this organisation</source>
        <translation>أشخاص هذه المنظمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="151"/>
        <source>Select an organisation to see who belongs to it.</source>
        <translation>اختر منظمة لترى من ينتمي إليها.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="288"/>
        <source>No organisations yet. They are added with people, or imported.</source>
        <translation>لا منظمات بعد. تُضاف مع الأشخاص أو بالاستيراد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="293"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n منظمات</numerusform>
            <numerusform>منظمة واحدة</numerusform>
            <numerusform>منظمتان</numerusform>
            <numerusform>%n منظمات</numerusform>
            <numerusform>%n منظمة</numerusform>
            <numerusform>%n منظمة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="357"/>
        <source>Saved. “{name}” no longer matches the search.</source>
        <translation>تم الحفظ. لم تعد «{name}» تطابق البحث.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="387"/>
        <source>Publicly committed since {date}</source>
        <translation>ملتزمة علنًا منذ {date}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="389"/>
        <source>Publicly committed</source>
        <translation>ملتزمة علنًا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="392"/>
        <source>No public commitment</source>
        <translation>لا التزام علني</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="400"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصًا</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="404"/>
        <source>%n more at high or critical risk, not listed here</source>
        <translation>
            <numerusform>و%n غيرهم معرضون لخطر مرتفع أو حرج، غير معروضين هنا</numerusform>
            <numerusform>و%n غيرهم معرضون لخطر مرتفع أو حرج، غير معروضين هنا</numerusform>
            <numerusform>و%n غيرهم معرضون لخطر مرتفع أو حرج، غير معروضين هنا</numerusform>
            <numerusform>و%n غيرهم معرضون لخطر مرتفع أو حرج، غير معروضين هنا</numerusform>
            <numerusform>و%n غيرهم معرضون لخطر مرتفع أو حرج، غير معروضين هنا</numerusform>
            <numerusform>و%n غيرهم معرضون لخطر مرتفع أو حرج، غير معروضين هنا</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanicAction</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/panic.py" line="44"/>
        <location filename="../../bizhr_desktop/ui/shell/panic.py" line="50"/>
        <source>&amp;Panic lock</source>
        <translation>قفل &amp;طارئ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/panic.py" line="61"/>
        <source>Lock at once and hide the window ({shortcut})</source>
        <translation>القفل فورًا وإخفاء النافذة ({shortcut})</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="54"/>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="72"/>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="58"/>
        <source>Show the passphrase</source>
        <translation>إظهار عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="59"/>
        <source>Show or hide what you typed</source>
        <translation>إظهار ما كتبته أو إخفاؤه</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="72"/>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="41"/>
        <source>The bundle&apos;s passphrase</source>
        <translation>عبارة مرور الحزمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="44"/>
        <source>The other coordinator needs this passphrase to open the bundle. It is not stored anywhere: note it now.</source>
        <translation>يحتاج المنسق الآخر إلى عبارة المرور هذه لفتح الحزمة. لا تُحفظ في أي مكان: دوّنها الآن.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="48"/>
        <source>Write the bundle</source>
        <translation>كتابة الحزمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="49"/>
        <source>Use this generated passphrase</source>
        <translation>استخدام عبارة المرور المولَّدة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="50"/>
        <source>Type my own</source>
        <translation>كتابة عبارتي</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="63"/>
        <source>Generated passphrase</source>
        <translation>عبارة مرور مولَّدة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="64"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="67"/>
        <source>Another one</source>
        <translation>عبارة أخرى</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="72"/>
        <source>I have noted it somewhere safe (a password manager, or on paper)</source>
        <translation>دوّنتها في مكان آمن (مدير كلمات مرور أو على ورق)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="76"/>
        <source>Your passphrase</source>
        <translation>عبارة مرورك</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="78"/>
        <source>Your passphrase again</source>
        <translation>عبارة مرورك مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="102"/>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="104"/>
        <source>Again:</source>
        <translation>مرة أخرى:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="147"/>
        <source>Copied. The clipboard will be emptied in %n second(s).</source>
        <translation>
            <numerusform>نُسخ. ستُفرَّغ الحافظة بعد %n ثوانٍ.</numerusform>
            <numerusform>نُسخ. ستُفرَّغ الحافظة بعد ثانية واحدة.</numerusform>
            <numerusform>نُسخ. ستُفرَّغ الحافظة بعد ثانيتين.</numerusform>
            <numerusform>نُسخ. ستُفرَّغ الحافظة بعد %n ثوانٍ.</numerusform>
            <numerusform>نُسخ. ستُفرَّغ الحافظة بعد %n ثانية.</numerusform>
            <numerusform>نُسخ. ستُفرَّغ الحافظة بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="166"/>
        <source>Strong enough.</source>
        <translation>قوية بما يكفي.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="169"/>
        <source>Too weak. Use five or more random words, or the generated passphrase.</source>
        <translation>ضعيفة جدًا. استخدم خمس كلمات عشوائية أو أكثر، أو العبارة المولَّدة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="175"/>
        <source>Use five or more random words.</source>
        <translation>استخدم خمس كلمات عشوائية أو أكثر.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="181"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>PeopleFilterBar</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="96"/>
        <source>Filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="106"/>
        <source>{risk} risk</source>
        <translation>خطر {risk}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="113"/>
        <source>Consent: network</source>
        <translation>الموافقة: الشبكة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="115"/>
        <source>May be named to other network participants</source>
        <translation>يجوز ذكر اسمه لمشاركين آخرين في الشبكة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="118"/>
        <source>Consent: co-organisers</source>
        <translation>الموافقة: الجهات المشاركة في التنظيم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="118"/>
        <source>May be named to co-organisers</source>
        <translation>يجوز ذكر اسمه للجهات المشاركة في التنظيم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="121"/>
        <source>Consent: public</source>
        <translation>الموافقة: العموم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="121"/>
        <source>May be named publicly</source>
        <translation>يجوز ذكر اسمه علنًا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="124"/>
        <source>Consent due for renewal</source>
        <translation>موافقة تحتاج إلى تجديد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="127"/>
        <source>Consent never recorded, or older than the renewal period (Settings, 24 months unless changed)</source>
        <translation>موافقة لم تُسجَّل قط، أو أقدم من مدة التجديد (الإعدادات، 24 شهرًا ما لم تُغيَّر)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="132"/>
        <source>Due for retention review</source>
        <translation>تحتاج مراجعة الاحتفاظ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="134"/>
        <source>No invitation, contact or edit for a long time</source>
        <translation>لا دعوة ولا اتصال ولا تعديل منذ مدة طويلة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="144"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="145"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="146"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="150"/>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="101"/>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="138"/>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="227"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="106"/>
        <source>Search by name, pseudonym, organisation, role, country or tag (Ctrl+F)</source>
        <translation>البحث بالاسم أو الاسم المستعار أو المنظمة أو المنصب أو البلد أو الوسم (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="108"/>
        <source>Search people</source>
        <translation>البحث عن أشخاص</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="112"/>
        <source>Add person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="113"/>
        <source>Add a person (Ctrl+N)</source>
        <translation>إضافة شخص (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="117"/>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="118"/>
        <source>Import people from a CSV or Excel file</source>
        <translation>استيراد أشخاص من ملف CSV أو Excel</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="121"/>
        <source>Find duplicates…</source>
        <translation>التكرارات…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="124"/>
        <source>List people who may be recorded twice, and merge them</source>
        <translation>عرض الأشخاص الذين ربما سُجّلوا مرتين، ودمجهم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="132"/>
        <source>Number of people listed</source>
        <translation>عدد الأشخاص المعروضين</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/page.py" line="374"/>
        <source>%n person(s) match</source>
        <translation>
            <numerusform>الأشخاص المطابقون: %n</numerusform>
            <numerusform>الأشخاص المطابقون: %n</numerusform>
            <numerusform>الأشخاص المطابقون: %n</numerusform>
            <numerusform>الأشخاص المطابقون: %n</numerusform>
            <numerusform>الأشخاص المطابقون: %n</numerusform>
            <numerusform>الأشخاص المطابقون: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="377"/>
        <source>No people yet. Add a person or import a spreadsheet to begin.</source>
        <translation>لا أشخاص بعد. أضف شخصًا أو استورد جدول بيانات للبدء.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/page.py" line="380"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصًا</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="431"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="432"/>
        <source>Save the changes to this person first?</source>
        <translation>حفظ تغييرات هذا الشخص أولًا؟</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="465"/>
        <source>That person is no longer in the vault.</source>
        <translation>لم يعد هذا الشخص في الخزنة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="544"/>
        <source>The person was erased.</source>
        <translation>مُحي الشخص.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/page.py" line="548"/>
        <source>%n mention(s) in free text elsewhere still need your review.</source>
        <translation>
            <numerusform>إشارات في نصوص حرة أخرى ما زالت تحتاج إلى مراجعتك: %n.</numerusform>
            <numerusform>إشارات في نصوص حرة أخرى ما زالت تحتاج إلى مراجعتك: %n.</numerusform>
            <numerusform>إشارات في نصوص حرة أخرى ما زالت تحتاج إلى مراجعتك: %n.</numerusform>
            <numerusform>إشارات في نصوص حرة أخرى ما زالت تحتاج إلى مراجعتك: %n.</numerusform>
            <numerusform>إشارات في نصوص حرة أخرى ما زالت تحتاج إلى مراجعتك: %n.</numerusform>
            <numerusform>إشارات في نصوص حرة أخرى ما زالت تحتاج إلى مراجعتك: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/page.py" line="616"/>
        <source>%n merge(s) done.</source>
        <translation>
            <numerusform>عمليات الدمج المنجزة: %n.</numerusform>
            <numerusform>عمليات الدمج المنجزة: %n.</numerusform>
            <numerusform>عمليات الدمج المنجزة: %n.</numerusform>
            <numerusform>عمليات الدمج المنجزة: %n.</numerusform>
            <numerusform>عمليات الدمج المنجزة: %n.</numerusform>
            <numerusform>عمليات الدمج المنجزة: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="336"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="337"/>
        <source>Risk</source>
        <translation>الخطر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="338"/>
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="339"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="340"/>
        <source>Role</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="341"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="342"/>
        <source>Consent given</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="345"/>
        <source>People at high or critical risk are listed under their pseudonym.</source>
        <translation>يظهر الأشخاص المعرضون لخطر مرتفع أو حرج بأسمائهم المستعارة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="385"/>
        <source>{pseudonym} (record away in travel mode)</source>
        <translation>{pseudonym} (السجل غائب: وضع السفر)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="387"/>
        <source>{pseudonym} (identity hidden)</source>
        <translation>{pseudonym} (الهوية مخفية)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="392"/>
        <source>Away</source>
        <translation>غائب</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="410"/>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="417"/>
        <source>Away: travel mode moved this person&apos;s record to a travel bundle. This vault keeps only a placeholder (pseudonym, group, risk level, participation and meetings) until the record is brought back (Safety → Bring records back…).</source>
        <translation>غائب: نقل وضع السفر سجل هذا الشخص إلى حزمة سفر. لا تحتفظ هذه الخزنة إلا بسجل بديل (الاسم المستعار والفئة ومستوى الخطر والمشاركة والاجتماعات) إلى أن يُعاد السجل (أمان ← إعادة السجلات…).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="423"/>
        <source>Identifying details are hidden: this person is at {risk} risk. Select them and press Reveal to see them for a short while.</source>
        <translation>التفاصيل الكاشفة للهوية مخفية: هذا الشخص معرّض لخطر {risk}. حدّده واضغط «إظهار» لرؤيتها لفترة قصيرة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="429"/>
        <source>Shown as a region, so that this person cannot be singled out.</source>
        <translation>تُعرض المنطقة فقط، كي لا يمكن تمييز هذا الشخص.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="434"/>
        <source>network participants</source>
        <translation>المشاركين في الشبكة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="435"/>
        <source>co-organisers</source>
        <translation>الجهات المشاركة في التنظيم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="436"/>
        <source>the public</source>
        <translation>العموم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="441"/>
        <source>May not be named to anyone.</source>
        <translation>لا يجوز ذكر اسمه لأحد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="442"/>
        <source>May be named to: {audiences}</source>
        <translation>يجوز ذكر اسمه أمام: {audiences}</translation>
    </message>
</context>
<context>
    <name>PersonAttendanceView</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="42"/>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="45"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="45"/>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="45"/>
        <source>Answer</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="45"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="46"/>
        <source>Meetings this person was invited to</source>
        <translation>الاجتماعات التي دُعي إليها هذا الشخص</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="48"/>
        <source>Not invited to any meeting yet.</source>
        <translation>لم يُدعَ إلى أي اجتماع بعد.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="186"/>
        <source>Away</source>
        <translation>غائب</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="189"/>
        <source>This person&apos;s record is away in a travel bundle.</source>
        <translation>سجل هذا الشخص موجود في حزمة سفر.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="194"/>
        <source>Record away (travel mode). This vault keeps only a placeholder: the pseudonym, group, risk level, participation and meetings. Everything else is in the travel bundle until it is brought back (Safety → Bring records back…). Tags, notes and invitations you add meanwhile are kept.</source>
        <translation>السجل غائب (وضع السفر). لا تحتفظ هذه الخزنة إلا بسجل بديل: الاسم المستعار والفئة ومستوى الخطر والمشاركة والاجتماعات. كل ما عدا ذلك موجود في حزمة السفر إلى أن يُعاد (أمان ← إعادة السجلات…). تُحفظ الوسوم والملاحظات والدعوات التي تضيفها في الأثناء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="228"/>
        <source>Erase person…</source>
        <translation>محو الشخص…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="232"/>
        <source>Revert</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="234"/>
        <source>Forget the changes not saved yet</source>
        <translation>تجاهل التغييرات غير المحفوظة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="236"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="239"/>
        <source>Save this person (Ctrl+S)</source>
        <translation>حفظ هذا الشخص (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="252"/>
        <source>Select a person in the list, or press “Add person” (Ctrl+N).</source>
        <translation>اختر شخصًا من القائمة، أو اضغط «إضافة شخص» (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="284"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="352"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="285"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="353"/>
        <source>Pseudonym</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="286"/>
        <source>Made for you when left empty</source>
        <translation>يُنشأ تلقائيًا إن تُرك فارغًا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="291"/>
        <source>Stakeholder group</source>
        <translation>فئة أصحاب المصلحة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="295"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="356"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="301"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="357"/>
        <source>Role</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="302"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="358"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="303"/>
        <source>Name or two-letter code, e.g. Kenya</source>
        <translation>الاسم أو الرمز المكون من حرفين، مثلًا Kenya</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="305"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="362"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="306"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="368"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="307"/>
        <source>With the country code, e.g. +254…</source>
        <translation>مع رمز البلد، مثلًا +254…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="308"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="374"/>
        <source>Secure channel</source>
        <translation>القناة الآمنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="309"/>
        <source>e.g. Signal, or via an intermediary</source>
        <translation>مثلًا Signal، أو عبر وسيط</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="310"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="381"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="311"/>
        <source>e.g. en; fr; ar</source>
        <translation>مثلًا en; fr; ar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="313"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="385"/>
        <source>Risk level</source>
        <translation>مستوى الخطر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="318"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="386"/>
        <source>Participation</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="322"/>
        <source>Joined the network on</source>
        <translation>تاريخ الانضمام إلى الشبكة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="324"/>
        <source>Acknowledged the commitments on</source>
        <translation>تاريخ الإقرار بالالتزامات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="331"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="395"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="350"/>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="355"/>
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="359"/>
        <source>Contact</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="364"/>
        <source>Copy the email address</source>
        <translation>نسخ البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="370"/>
        <source>Copy the phone number</source>
        <translation>نسخ رقم الهاتف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="378"/>
        <source>Copy the secure channel</source>
        <translation>نسخ القناة الآمنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="383"/>
        <source>Risk and participation</source>
        <translation>الخطر والمشاركة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="387"/>
        <source>Joined on</source>
        <translation>تاريخ الانضمام</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="389"/>
        <source>Commitments acknowledged</source>
        <translation>الإقرار بالالتزامات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="392"/>
        <source>Tags and notes</source>
        <translation>الوسوم والملاحظات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="394"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="447"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="451"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="503"/>
        <source>The clipboard is emptied again after a short while.</source>
        <translation>تُفرَّغ الحافظة مجددًا بعد وقت قصير.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="488"/>
        <source>Copied. The clipboard will be emptied in %n second(s).</source>
        <translation>
            <numerusform>نُسخ. ستُفرَّغ الحافظة بعد %n ثوانٍ.</numerusform>
            <numerusform>نُسخ. ستُفرَّغ الحافظة بعد ثانية واحدة.</numerusform>
            <numerusform>نُسخ. ستُفرَّغ الحافظة بعد ثانيتين.</numerusform>
            <numerusform>نُسخ. ستُفرَّغ الحافظة بعد %n ثوانٍ.</numerusform>
            <numerusform>نُسخ. ستُفرَّغ الحافظة بعد %n ثانية.</numerusform>
            <numerusform>نُسخ. ستُفرَّغ الحافظة بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="498"/>
        <source>Hidden: press Reveal to copy it.</source>
        <translation>مخفي: اضغط «إظهار» لنسخه.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="688"/>
        <source>Hidden: press Reveal to see it.</source>
        <translation>مخفي: اضغط «إظهار» لرؤيته.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="736"/>
        <source>Hidden again in %n second(s)</source>
        <translation>
            <numerusform>يُخفى مجددًا بعد %n ثوانٍ</numerusform>
            <numerusform>يُخفى مجددًا بعد ثانية واحدة</numerusform>
            <numerusform>يُخفى مجددًا بعد ثانيتين</numerusform>
            <numerusform>يُخفى مجددًا بعد %n ثوانٍ</numerusform>
            <numerusform>يُخفى مجددًا بعد %n ثانية</numerusform>
            <numerusform>يُخفى مجددًا بعد %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="744"/>
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="760"/>
        <source>{risk} risk</source>
        <translation>خطر {risk}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="771"/>
        <source>Identifying and contact details are visible.</source>
        <translation>التفاصيل الكاشفة للهوية وبيانات الاتصال ظاهرة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="772"/>
        <source>Hide now</source>
        <translation>إخفاء الآن</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="777"/>
        <source>Identifying and contact details are hidden: people nearby could read them.</source>
        <translation>التفاصيل الكاشفة للهوية وبيانات الاتصال مخفية: قد يقرؤها من حولك.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="780"/>
        <source>Reveal (%n s)</source>
        <translation>
            <numerusform>إظهار (%n ث)</numerusform>
            <numerusform>إظهار (%n ث)</numerusform>
            <numerusform>إظهار (%n ث)</numerusform>
            <numerusform>إظهار (%n ث)</numerusform>
            <numerusform>إظهار (%n ث)</numerusform>
            <numerusform>إظهار (%n ث)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="847"/>
        <source>This pseudonym may give the person away. Reveal to see why.</source>
        <translation>قد يكشف هذا الاسم المستعار هوية الشخص. اضغط «إظهار» لمعرفة السبب.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="866"/>
        <source>Invisible characters that can make a name look like another are taken out when you save: {fields}.</source>
        <translation>تُزال عند الحفظ أحرف غير مرئية قد تجعل اسمًا يشبه آخر: {fields}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="875"/>
        <source>This pseudonym contains their name ({part}).</source>
        <translation>يحتوي هذا الاسم المستعار على اسم الشخص ({part}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="877"/>
        <source>This pseudonym contains part of their name ({part}).</source>
        <translation>يحتوي هذا الاسم المستعار على جزء من اسم الشخص ({part}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="879"/>
        <source>This pseudonym contains their initials ({part}).</source>
        <translation>يحتوي هذا الاسم المستعار على الأحرف الأولى من اسم الشخص ({part}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="881"/>
        <source>This pseudonym contains their name in Latin letters ({part}).</source>
        <translation>يحتوي هذا الاسم المستعار على اسم الشخص بحروف لاتينية ({part}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="884"/>
        <source>This pseudonym contains their organisation ({part}).</source>
        <translation>يحتوي هذا الاسم المستعار على منظمة الشخص ({part}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="886"/>
        <source>This pseudonym contains their role ({part}).</source>
        <translation>يحتوي هذا الاسم المستعار على منصب الشخص ({part}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="887"/>
        <source>This pseudonym contains a place ({part}).</source>
        <translation>يحتوي هذا الاسم المستعار على اسم مكان ({part}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="911"/>
        <source>Please correct the fields marked above.</source>
        <translation>يُرجى تصحيح الحقول المعلَّمة أعلاه.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="923"/>
        <source>A full name is required.</source>
        <translation>الاسم الكامل مطلوب.</translation>
    </message>
</context>
<context>
    <name>PinSetupDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="401"/>
        <source>Quick-unlock PIN</source>
        <translation>رمز PIN للفتح السريع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="408"/>
        <source>Choose a PIN for this session</source>
        <translation>اختر رمز PIN لهذه الجلسة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="412"/>
        <source>When the vault locks itself (after a while without use, or when the screen locks), these 4 to 8 digits reopen it. The PIN is forgotten when you quit, lock by hand, use the panic shortcut or the computer sleeps; after three wrong tries your passphrase is needed.</source>
        <translation>عندما تُقفل الخزنة تلقائيًا (بعد مدة دون استخدام، أو عند قفل الشاشة)، تفتحها هذه الأرقام (من 4 إلى 8). يُنسى الرمز عند الخروج، أو القفل اليدوي، أو استخدام اختصار القفل الطارئ، أو سكون الحاسوب، وبعد ثلاث محاولات خاطئة تلزم عبارة مرورك.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="421"/>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="422"/>
        <source>Repeat the PIN</source>
        <translation>كرر رمز PIN</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="423"/>
        <source>&amp;PIN:</source>
        <translation>&amp;رمز PIN:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="424"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;كررها:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="428"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="429"/>
        <source>Your pass&amp;phrase:</source>
        <translation>&amp;عبارة مرورك:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="433"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="435"/>
        <source>&amp;Use this PIN</source>
        <translation>ا&amp;ستخدام هذا الرمز</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="454"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>رمز PIN من 4 إلى 8 أرقام.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="457"/>
        <source>The two PINs differ.</source>
        <translation>الرمزان مختلفان.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="462"/>
        <source>Type your passphrase.</source>
        <translation>اكتب عبارة مرورك.</translation>
    </message>
</context>
<context>
    <name>PinUnlockDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="539"/>
        <source>Unlock vault</source>
        <translation>فتح الخزنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="546"/>
        <source>Unlock with your PIN</source>
        <translation>الفتح برمز PIN</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="548"/>
        <source>The vault locked itself. Type the PIN you chose for this session.</source>
        <translation>أُقفلت الخزنة تلقائيًا. اكتب رمز PIN الذي اخترته لهذه الجلسة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="550"/>
        <source>&amp;PIN:</source>
        <translation>&amp;رمز PIN:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="551"/>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="556"/>
        <source>Unlock error</source>
        <translation>خطأ في الفتح</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="564"/>
        <source>Use my &amp;passphrase instead</source>
        <translation>استخدام &amp;عبارة مروري بدلًا منه</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="573"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="575"/>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="597"/>
        <source>Type your PIN.</source>
        <translation>اكتب رمز PIN.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="635"/>
        <source>Wrong PIN. One more try, then your passphrase is needed.</source>
        <translation>رمز خاطئ. بقيت محاولة واحدة، ثم تلزم عبارة مرورك.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="638"/>
        <source>Wrong PIN. {tries} more tries, then your passphrase is needed.</source>
        <translation>رمز خاطئ. المحاولات المتبقية: {tries}، ثم تلزم عبارة مرورك.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="644"/>
        <source>Three wrong PINs: type your passphrase to unlock.</source>
        <translation>ثلاثة رموز خاطئة: اكتب عبارة مرورك للفتح.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="47"/>
        <source>Check the list</source>
        <translation>مراجعة القائمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="50"/>
        <source>This is exactly what the file will hold, row for row. Nothing has been written yet.</source>
        <translation>هذا بالضبط ما سيحويه الملف، صفًا بصف. لم يُكتب شيء بعد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="54"/>
        <source>Applying the rules to every person…</source>
        <translation>جارٍ تطبيق القواعد على كل شخص…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="64"/>
        <source>The rows of the file</source>
        <translation>صفوف الملف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="75"/>
        <source>People at high or critical risk are masked here (••••••); the bundle holds their full records, encrypted.</source>
        <translation>الأشخاص المعرضون لخطر مرتفع أو حرج مقنَّعون هنا (••••••)، والحزمة تحوي سجلاتهم كاملة مشفرة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="85"/>
        <source>This meeting&apos;s safety review is not signed off. To write the list anyway, say why. Your reason is recorded with the meeting and in the audit log.</source>
        <translation>مراجعة السلامة لهذا الاجتماع غير معتمدة. لكتابة القائمة رغم ذلك، اذكر السبب. يُدوَّن سببك مع الاجتماع وفي سجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="93"/>
        <source>Reason to write the list before sign-off</source>
        <translation>سبب كتابة القائمة قبل الاعتماد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="95"/>
        <source>For example: the venue needs the list today for badges.</source>
        <translation>مثلًا: يحتاج مكان الانعقاد إلى القائمة اليوم لإعداد الشارات.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="200"/>
        <source>No font on this computer can draw %n character(s) of this list; the PDF will print them as ?: {characters}. Choose CSV or XLSX to keep them.</source>
        <translation>
            <numerusform>لا يوجد خط على هذا الحاسوب يستطيع رسم أحرف من هذه القائمة عددها %n، وسيطبعها ملف PDF على شكل ?: {characters}. اختر CSV أو XLSX للاحتفاظ بها.</numerusform>
            <numerusform>لا يوجد خط على هذا الحاسوب يستطيع رسم أحرف من هذه القائمة عددها %n، وسيطبعها ملف PDF على شكل ?: {characters}. اختر CSV أو XLSX للاحتفاظ بها.</numerusform>
            <numerusform>لا يوجد خط على هذا الحاسوب يستطيع رسم أحرف من هذه القائمة عددها %n، وسيطبعها ملف PDF على شكل ?: {characters}. اختر CSV أو XLSX للاحتفاظ بها.</numerusform>
            <numerusform>لا يوجد خط على هذا الحاسوب يستطيع رسم أحرف من هذه القائمة عددها %n، وسيطبعها ملف PDF على شكل ?: {characters}. اختر CSV أو XLSX للاحتفاظ بها.</numerusform>
            <numerusform>لا يوجد خط على هذا الحاسوب يستطيع رسم أحرف من هذه القائمة عددها %n، وسيطبعها ملف PDF على شكل ?: {characters}. اختر CSV أو XLSX للاحتفاظ بها.</numerusform>
            <numerusform>لا يوجد خط على هذا الحاسوب يستطيع رسم أحرف من هذه القائمة عددها %n، وسيطبعها ملف PDF على شكل ?: {characters}. اختر CSV أو XLSX للاحتفاظ بها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="225"/>
        <source>and %n more</source>
        <translation>
            <numerusform>و%n آخرون</numerusform>
            <numerusform>وشخص آخر</numerusform>
            <numerusform>وشخصان آخران</numerusform>
            <numerusform>و%n آخرين</numerusform>
            <numerusform>و%n آخرين</numerusform>
            <numerusform>و%n آخرين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="229"/>
        <source>Renewing consent would name %n person(s) in this list (their consent is undated or older than the renewal period): {names}.</source>
        <translation>
            <numerusform>تجديد الموافقة سيذكر في هذه القائمة أسماء أشخاص عددهم %n (موافقتهم غير مؤرخة أو أقدم من مدة التجديد): {names}.</numerusform>
            <numerusform>تجديد الموافقة سيذكر في هذه القائمة أسماء أشخاص عددهم %n (موافقتهم غير مؤرخة أو أقدم من مدة التجديد): {names}.</numerusform>
            <numerusform>تجديد الموافقة سيذكر في هذه القائمة أسماء أشخاص عددهم %n (موافقتهم غير مؤرخة أو أقدم من مدة التجديد): {names}.</numerusform>
            <numerusform>تجديد الموافقة سيذكر في هذه القائمة أسماء أشخاص عددهم %n (موافقتهم غير مؤرخة أو أقدم من مدة التجديد): {names}.</numerusform>
            <numerusform>تجديد الموافقة سيذكر في هذه القائمة أسماء أشخاص عددهم %n (موافقتهم غير مؤرخة أو أقدم من مدة التجديد): {names}.</numerusform>
            <numerusform>تجديد الموافقة سيذكر في هذه القائمة أسماء أشخاص عددهم %n (موافقتهم غير مؤرخة أو أقدم من مدة التجديد): {names}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="241"/>
        <source>Nobody is in this list: there is nothing to write.</source>
        <translation>القائمة فارغة: لا شيء للكتابة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="260"/>
        <source>The preview is still being prepared.</source>
        <translation>لا تزال المعاينة قيد الإعداد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="262"/>
        <source>Nobody is in this list: go Back and choose other people.</source>
        <translation>لا أحد في هذه القائمة: ارجع واختر أشخاصًا آخرين.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="264"/>
        <source>The safety review is not signed off: give a reason above, or sign it off first.</source>
        <translation>لم يُعتمد استعراض السلامة: اذكر سببًا أعلاه، أو اعتمده أولًا.</translation>
    </message>
</context>
<context>
    <name>ProgrammeTimeline</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/timeline.py" line="97"/>
        <source>Programme of the year</source>
        <translation>برنامج السنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/timeline.py" line="126"/>
        <source>Programme {year}</source>
        <translation>برنامج {year}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/timeline.py" line="322"/>
        <source>No meetings in {year} yet. Press Ctrl+N to plan one.</source>
        <translation>لا اجتماعات في {year} بعد. اضغط Ctrl+N للتخطيط لاجتماع.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/timeline.py" line="365"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="27"/>
        <source>The list is written</source>
        <translation>كُتبت القائمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="39"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="41"/>
        <source>Rows:</source>
        <translation>الصفوف:</translation>
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
            <numerusform>سجلات كاملة، مشفرة: %n</numerusform>
            <numerusform>سجلات كاملة، مشفرة: %n</numerusform>
            <numerusform>سجلات كاملة، مشفرة: %n</numerusform>
            <numerusform>سجلات كاملة، مشفرة: %n</numerusform>
            <numerusform>سجلات كاملة، مشفرة: %n</numerusform>
            <numerusform>سجلات كاملة، مشفرة: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="67"/>
        <source>Send the passphrase by another route than the file. BizHR does not keep it: if it is lost, write a new bundle.</source>
        <translation>أرسل عبارة المرور بطريق غير طريق الملف. لا يحتفظ بها BizHR: إن ضاعت، فاكتب حزمة جديدة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="72"/>
        <source>%n person(s) in rows</source>
        <translation>
            <numerusform>أشخاص في صفوف: %n</numerusform>
            <numerusform>أشخاص في صفوف: %n</numerusform>
            <numerusform>أشخاص في صفوف: %n</numerusform>
            <numerusform>أشخاص في صفوف: %n</numerusform>
            <numerusform>أشخاص في صفوف: %n</numerusform>
            <numerusform>أشخاص في صفوف: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="75"/>
        <source>%n only counted</source>
        <translation>
            <numerusform>معدودون فقط: %n</numerusform>
            <numerusform>معدودون فقط: %n</numerusform>
            <numerusform>معدودون فقط: %n</numerusform>
            <numerusform>معدودون فقط: %n</numerusform>
            <numerusform>معدودون فقط: %n</numerusform>
            <numerusform>معدودون فقط: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="79"/>
        <source>Delete the file once it has been handed over and is no longer needed.</source>
        <translation>احذف الملف بعد تسليمه وعندما لا تعود بحاجة إليه.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="85"/>
        <source>Recorded in the audit log: audience, number of rows and this fingerprint — no names.</source>
        <translation>دُوّن في سجل التدقيق: الجهة المتلقية وعدد الصفوف وهذه البصمة — بلا أسماء.</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="423"/>
        <source>Replace the encryption key</source>
        <translation>استبدال مفتاح التشفير</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="425"/>
        <source>Re-encrypt every record under a new key</source>
        <translation>إعادة تشفير كل السجلات بمفتاح جديد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="429"/>
        <source>Do this if you think the vault&apos;s key may have been exposed while it was open, for example on a computer you no longer trust. Your passphrase and recovery key stay the same, and so does the key file&apos;s own key: to make earlier copies of the key file useless, use Safety ▸ Revoke everything. An interruption cannot lose anything: the vault then opens with the old key or the new one.</source>
        <translation>افعل ذلك إن ظننت أن مفتاح الخزنة ربما انكشف وهي مفتوحة، على حاسوب لم تعد تثق به مثلًا. تبقى عبارة المرور ومفتاح الاسترداد كما هما، وكذلك المفتاح الخاص بملف المفتاح: لجعل النسخ السابقة من ملف المفتاح بلا فائدة، استخدم: أمان ◂ إبطال كل شيء. لا يمكن أن يُفقد شيء عند الانقطاع: تُفتح الخزنة عندها بالمفتاح القديم أو الجديد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="442"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="444"/>
        <source>&amp;Replace the key</source>
        <translation>ا&amp;ستبدال المفتاح</translation>
    </message>
</context>
<context>
    <name>RelinkKeyringDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="356"/>
        <source>Re-link this computer&apos;s keyring</source>
        <translation>إعادة ربط حلقة مفاتيح هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="359"/>
        <source>Open with your passphrase again</source>
        <translation>الفتح بعبارة مرورك مجددًا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="363"/>
        <source>This vault needs your passphrase and a secret kept in this computer&apos;s keyring. A new keyring secret is made now; type the passphrase to use with it (your usual one, or a new one).</source>
        <translation>تحتاج هذه الخزنة إلى عبارة مرورك وإلى سرّ محفوظ في حلقة مفاتيح هذا الحاسوب. يُنشأ الآن سرّ جديد؛ اكتب عبارة المرور التي ستستخدمها معه (المعتادة أو جديدة).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="372"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="374"/>
        <source>Repeat the passphrase</source>
        <translation>كرر عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="376"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="377"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;كررها:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="381"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="383"/>
        <source>&amp;Link keyring</source>
        <translation>&amp;ربط حلقة المفاتيح</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="696"/>
        <source>Done</source>
        <translation>اكتمل</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="711"/>
        <source>Import finished</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="713"/>
        <source>%n person(s) added.</source>
        <translation>
            <numerusform>أُضيف %n أشخاص.</numerusform>
            <numerusform>أُضيف شخص واحد.</numerusform>
            <numerusform>أُضيف شخصان.</numerusform>
            <numerusform>أُضيف %n أشخاص.</numerusform>
            <numerusform>أُضيف %n شخصًا.</numerusform>
            <numerusform>أُضيف %n شخص.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="715"/>
        <source>%n organisation(s) added.</source>
        <translation>
            <numerusform>أُضيفت %n منظمات.</numerusform>
            <numerusform>أُضيفت منظمة واحدة.</numerusform>
            <numerusform>أُضيفت منظمتان.</numerusform>
            <numerusform>أُضيفت %n منظمات.</numerusform>
            <numerusform>أُضيفت %n منظمة.</numerusform>
            <numerusform>أُضيفت %n منظمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="721"/>
        <source>%n row(s) imported with a value you fixed.</source>
        <translation>
            <numerusform>استُورد %n صف بقيمة صحّحتها.</numerusform>
            <numerusform>استُورد صف واحد بقيمة صحّحتها.</numerusform>
            <numerusform>استُورد صفّان بقيمة صحّحتها.</numerusform>
            <numerusform>استُوردت %n صفوف بقيمة صحّحتها.</numerusform>
            <numerusform>استُورد %n صفًا بقيمة صحّحتها.</numerusform>
            <numerusform>استُورد %n صف بقيمة صحّحتها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="728"/>
        <source>%n row(s) skipped: not imported.</source>
        <translation>
            <numerusform>تُخطّي %n صف: لم تُستورد.</numerusform>
            <numerusform>تُخطّي صف واحد: لم يُستورد.</numerusform>
            <numerusform>تُخطّي صفّان: لم يُستوردا.</numerusform>
            <numerusform>تُخطّيت %n صفوف: لم تُستورد.</numerusform>
            <numerusform>تُخطّي %n صفًا: لم تُستورد.</numerusform>
            <numerusform>تُخطّي %n صف: لم تُستورد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="736"/>
        <source>%n new organisation(s) created from the people&apos;s organisations.</source>
        <translation>
            <numerusform>منظمات جديدة أُنشئت من منظمات الأشخاص: %n.</numerusform>
            <numerusform>منظمات جديدة أُنشئت من منظمات الأشخاص: %n.</numerusform>
            <numerusform>منظمات جديدة أُنشئت من منظمات الأشخاص: %n.</numerusform>
            <numerusform>منظمات جديدة أُنشئت من منظمات الأشخاص: %n.</numerusform>
            <numerusform>منظمات جديدة أُنشئت من منظمات الأشخاص: %n.</numerusform>
            <numerusform>منظمات جديدة أُنشئت من منظمات الأشخاص: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="745"/>
        <source>Import cancelled</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="746"/>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>أُلغي الاستيراد. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="748"/>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="749"/>
        <source>Nothing was changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="317"/>
        <source>Check before importing</source>
        <translation>المراجعة قبل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="319"/>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="326"/>
        <source>First rows</source>
        <translation>الصفوف الأولى</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="337"/>
        <source>Fix a value where it stands (Enter, or double-click it): the row is checked again at once. Or skip the row (Delete): it is left out of the import.</source>
        <translation>صحّح القيمة في مكانها (Enter، أو انقر مرتين): يُفحص الصف من جديد فورًا. أو تخطَّ الصف (Delete): يُترك خارج الاستيراد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="348"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="332"/>
        <source>First rows of the file:</source>
        <translation>الصفوف الأولى من الملف:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="350"/>
        <source>Enter fixes the value of the selected problem; Delete skips its row.</source>
        <translation>يصحّح Enter قيمة المشكلة المختارة؛ ويتخطى Delete صفّها.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="363"/>
        <source>Selected problem</source>
        <translation>المشكلة المختارة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="364"/>
        <source>&amp;Fix value</source>
        <translation>&amp;تصحيح القيمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="366"/>
        <source>Fix the selected value</source>
        <translation>تصحيح القيمة المختارة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="368"/>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="544"/>
        <source>&amp;Skip row</source>
        <translation>&amp;تخطي الصف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="370"/>
        <source>Skip the selected row</source>
        <translation>تخطي الصف المختار</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="414"/>
        <source>Checking every row…</source>
        <translation>جارٍ فحص كل صف…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="452"/>
        <source>Invisible characters that can make a name look like another are taken out of %n value(s) (rows {rows}): {characters}.</source>
        <translation>
            <numerusform>تُزال أحرف غير مرئية قد تجعل اسمًا يشبه آخر من قيم عددها %n (الصفوف {rows}): {characters}.</numerusform>
            <numerusform>تُزال أحرف غير مرئية قد تجعل اسمًا يشبه آخر من قيم عددها %n (الصفوف {rows}): {characters}.</numerusform>
            <numerusform>تُزال أحرف غير مرئية قد تجعل اسمًا يشبه آخر من قيم عددها %n (الصفوف {rows}): {characters}.</numerusform>
            <numerusform>تُزال أحرف غير مرئية قد تجعل اسمًا يشبه آخر من قيم عددها %n (الصفوف {rows}): {characters}.</numerusform>
            <numerusform>تُزال أحرف غير مرئية قد تجعل اسمًا يشبه آخر من قيم عددها %n (الصفوف {rows}): {characters}.</numerusform>
            <numerusform>تُزال أحرف غير مرئية قد تجعل اسمًا يشبه آخر من قيم عددها %n (الصفوف {rows}): {characters}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="544"/>
        <source>Take row &amp;back</source>
        <translation>استعادة ال&amp;صف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="550"/>
        <source>Row {row} · {where}: {problem}</source>
        <translation>الصف {row} · {where}: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="579"/>
        <source>All %n row(s) can be imported</source>
        <translation>
            <numerusform>يمكن استيراد الصفوف الـ%n كلها</numerusform>
            <numerusform>يمكن استيراد الصف الوحيد</numerusform>
            <numerusform>يمكن استيراد الصفّين</numerusform>
            <numerusform>يمكن استيراد الصفوف الـ%n كلها</numerusform>
            <numerusform>يمكن استيراد الصفوف الـ%n كلها</numerusform>
            <numerusform>يمكن استيراد الصفوف الـ%n كلها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="582"/>
        <source>(%n with a value you fixed).</source>
        <translation>
            <numerusform>(%n بقيمة صحّحتها).</numerusform>
            <numerusform>(واحد بقيمة صحّحتها).</numerusform>
            <numerusform>(اثنان بقيمة صحّحتها).</numerusform>
            <numerusform>(%n بقيمة صحّحتها).</numerusform>
            <numerusform>(%n بقيمة صحّحتها).</numerusform>
            <numerusform>(%n بقيمة صحّحتها).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="586"/>
        <source>All %n row(s) can be imported.</source>
        <translation>
            <numerusform>يمكن استيراد كل الصفوف (%n).</numerusform>
            <numerusform>يمكن استيراد كل الصفوف (%n).</numerusform>
            <numerusform>يمكن استيراد كل الصفوف (%n).</numerusform>
            <numerusform>يمكن استيراد كل الصفوف (%n).</numerusform>
            <numerusform>يمكن استيراد كل الصفوف (%n).</numerusform>
            <numerusform>يمكن استيراد كل الصفوف (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="593"/>
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>صفوف يمكن استيرادها: %n.</numerusform>
            <numerusform>صفوف يمكن استيرادها: %n.</numerusform>
            <numerusform>صفوف يمكن استيرادها: %n.</numerusform>
            <numerusform>صفوف يمكن استيرادها: %n.</numerusform>
            <numerusform>صفوف يمكن استيرادها: %n.</numerusform>
            <numerusform>صفوف يمكن استيرادها: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="597"/>
        <source>%n row(s) with problems.</source>
        <translation>
            <numerusform>%n صف فيها مشكلات.</numerusform>
            <numerusform>صف واحد فيه مشكلات.</numerusform>
            <numerusform>صفّان فيهما مشكلات.</numerusform>
            <numerusform>%n صفوف فيها مشكلات.</numerusform>
            <numerusform>%n صفًا فيها مشكلات.</numerusform>
            <numerusform>%n صف فيها مشكلات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="600"/>
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>تُخطّي %n صف.</numerusform>
            <numerusform>تُخطّي صف واحد.</numerusform>
            <numerusform>تُخطّي صفّان.</numerusform>
            <numerusform>تُخطّيت %n صفوف.</numerusform>
            <numerusform>تُخطّي %n صفًا.</numerusform>
            <numerusform>تُخطّي %n صف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="603"/>
        <source>%n row(s) fixed.</source>
        <translation>
            <numerusform>صُحّح %n صف.</numerusform>
            <numerusform>صُحّح صف واحد.</numerusform>
            <numerusform>صُحّح صفّان.</numerusform>
            <numerusform>صُحّحت %n صفوف.</numerusform>
            <numerusform>صُحّح %n صفًا.</numerusform>
            <numerusform>صُحّح %n صف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="618"/>
        <source>Every row is skipped: nothing to import.</source>
        <translation>كل الصفوف متخطّاة: لا شيء للاستيراد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="622"/>
        <source>No row can be imported yet. Fix the values in the list, or correct the file and choose it again.</source>
        <translation>لا يمكن استيراد أي صف بعد. صحّح القيم في القائمة، أو صحّح الملف واختره مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="629"/>
        <source>Nothing will be imported while rows have problems: fix their values, skip those rows, or tick the box to skip them all.</source>
        <translation>لن يُستورد شيء ما دامت في الصفوف مشكلات: صحّح قيمها، أو تخطَّ تلك الصفوف، أو علّم المربع لتخطيها كلها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="606"/>
        <source>Problems (%n)</source>
        <translation>
            <numerusform>المشكلات (%n)</numerusform>
            <numerusform>المشكلات (%n)</numerusform>
            <numerusform>المشكلات (%n)</numerusform>
            <numerusform>المشكلات (%n)</numerusform>
            <numerusform>المشكلات (%n)</numerusform>
            <numerusform>المشكلات (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="568"/>
        <source>Skip the %n row(s) with problems and import the others</source>
        <translation>
            <numerusform>تخطي الصفوف التي فيها مشكلات (%n) واستيراد الباقي</numerusform>
            <numerusform>تخطي الصفوف التي فيها مشكلات (%n) واستيراد الباقي</numerusform>
            <numerusform>تخطي الصفوف التي فيها مشكلات (%n) واستيراد الباقي</numerusform>
            <numerusform>تخطي الصفوف التي فيها مشكلات (%n) واستيراد الباقي</numerusform>
            <numerusform>تخطي الصفوف التي فيها مشكلات (%n) واستيراد الباقي</numerusform>
            <numerusform>تخطي الصفوف التي فيها مشكلات (%n) واستيراد الباقي</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="467"/>
        <source>Revoke everything</source>
        <translation>إبطال كل شيء</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="470"/>
        <source>Make every earlier copy and secret useless</source>
        <translation>اجعل كل نسخة وكل سر سابق بلا فائدة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="474"/>
        <source>Every record is re-encrypted under a new key, and the key file is sealed again under a new key of its own. After that no earlier copy of the key file opens today&apos;s records, whatever passphrase or recovery key someone has, and you get a new recovery key: the old one stops working. Backups made before keep opening with the secrets of their day: destroy them.</source>
        <translation>يُعاد تشفير كل سجل بمفتاح جديد، ويُختم ملف المفتاح من جديد بمفتاح جديد خاص به. بعد ذلك لا تفتح أي نسخة سابقة من ملف المفتاح سجلات اليوم، أيًا كانت عبارة المرور أو مفتاح الاسترداد لدى أي شخص، وتحصل على مفتاح استرداد جديد: يتوقف القديم عن العمل. أما النسخ الاحتياطية السابقة فتبقى تُفتح بأسرار يومها: أتلفها.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="487"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="488"/>
        <source>Duress passphrase</source>
        <translation>عبارة مرور الإكراه</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="490"/>
        <source>Your &amp;passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="494"/>
        <source>&amp;Duress passphrase:</source>
        <translation>عبارة مرور الإ&amp;كراه:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="497"/>
        <source>Type the duress passphrase to keep it; left empty, it is removed.</source>
        <translation>اكتب عبارة مرور الإكراه للإبقاء عليها؛ إن تُركت فارغة تُحذف.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="515"/>
        <source>New recovery key</source>
        <translation>مفتاح الاسترداد الجديد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="520"/>
        <source>I have stored the new recovery key somewhere &amp;safe</source>
        <translation>حفظتُ مفتاح الاسترداد الجديد في مكان آ&amp;من</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="525"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="527"/>
        <source>&amp;Revoke everything</source>
        <translation>إ&amp;بطال كل شيء</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="530"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="570"/>
        <source>Everything was revoked. Your new recovery key, shown only this once:</source>
        <translation>أُبطل كل شيء. مفتاح الاسترداد الجديد، يظهر هذه المرة فقط:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="573"/>
        <source>(The duress passphrase was removed; set it again from the Safety menu.)</source>
        <translation>(حُذفت عبارة مرور الإكراه؛ عيّنها من جديد من قائمة أمان.)</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="650"/>
        <source>Importing</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="651"/>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="677"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="656"/>
        <source>Import progress</source>
        <translation>تقدم الاستيراد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="657"/>
        <source>Cancel import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="667"/>
        <source>The import is written in one step at the end: if you cancel, nothing is changed.</source>
        <translation>يُكتب الاستيراد دفعة واحدة في النهاية: إن ألغيت فلن يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="685"/>
        <source>Importing row {done} of {total}…</source>
        <translation>جارٍ استيراد الصف {done} من {total}…</translation>
    </message>
</context>
<context>
    <name>SafetyFlagsModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="177"/>
        <source>{kind}: {count} ({checked} checked)</source>
        <translation>{kind}: {count} (تم التحقق من {checked})</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="180"/>
        <source>{kind}: {count}</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="200"/>
        <source>checked</source>
        <translation>تم التحقق منه</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="200"/>
        <source>not checked</source>
        <translation>لم يُتحقَّق منه</translation>
    </message>
</context>
<context>
    <name>SafetyReviewPanel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="349"/>
        <source>Sign-off state</source>
        <translation>حالة الاعتماد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="424"/>
        <source>Risk assessment</source>
        <translation>تقييم المخاطر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="427"/>
        <source>Who could be exposed, how, and what you will do about it (travel, venue, lists, channels). Kept inside the vault only.</source>
        <translation>من قد ينكشف، وكيف، وما ستفعله حيال ذلك (السفر، المكان، القوائم، القنوات). يُحفظ داخل الخزنة فقط.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="434"/>
        <source>Save assessment</source>
        <translation>حفظ التقييم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="438"/>
        <source>Changing the assessment after a sign-off reopens the review.</source>
        <translation>تعديل التقييم بعد الاعتماد يعيد فتح المراجعة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="444"/>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="445"/>
        <source>Your name or initials</source>
        <translation>اسمك أو الأحرف الأولى منه</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="448"/>
        <source>Sign off</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="357"/>
        <source>Safety flags, by kind</source>
        <translation>تنبيهات السلامة، حسب النوع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="379"/>
        <source>Show flags of severity</source>
        <translation>عرض تنبيهات بدرجة خطورة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="381"/>
        <source>Not checked only</source>
        <translation>غير المتحقَّق منها فقط</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="384"/>
        <source>Next to check</source>
        <translation>التالي للتحقق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="386"/>
        <source>The next critical flag nobody checked yet (F8)</source>
        <translation>التنبيه الحرج التالي الذي لم يتحقق منه أحد بعد (F8)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="396"/>
        <source>The chosen flag in full</source>
        <translation>التنبيه المختار كاملًا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="403"/>
        <source>Why the flag may stand</source>
        <translation>لماذا يمكن الإبقاء على التنبيه</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="405"/>
        <source>Why it may stand: what you checked and decided (secret)</source>
        <translation>لماذا يمكن الإبقاء عليه: ما تحققت منه وما قررته (سري)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="409"/>
        <source>Open person</source>
        <translation>فتح الشخص</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="413"/>
        <source>Withdraw check</source>
        <translation>سحب التحقق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="417"/>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="836"/>
        <source>Mark checked</source>
        <translation>تعليم كمتحقَّق منه</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="484"/>
        <source>The chosen flag</source>
        <translation>التنبيه المختار</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="496"/>
        <source>Risk assessment (secret) and sign-off</source>
        <translation>تقييم المخاطر (سري) والاعتماد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="594"/>
        <source>Checking the invitees…</source>
        <translation>جارٍ فحص المدعوّين…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="642"/>
        <source>No flags: nothing found that could expose someone.</source>
        <translation>لا تنبيهات: لم يُعثر على ما قد يكشف أحدًا.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="645"/>
        <source>Flags: {list}</source>
        <translation>التنبيهات: {list}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="652"/>
        <source>{count} checked</source>
        <translation>تم التحقق من {count}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="654"/>
        <source>{count} critical to check</source>
        <translation>{count} حرج للتحقق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="665"/>
        <source>All flags ({count})</source>
        <translation>كل التنبيهات ({count})</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="738"/>
        <source>Choose a flag to read it in full.</source>
        <translation>اختر تنبيهًا لقراءته كاملًا.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="746"/>
        <source>Not checked yet.</source>
        <translation>لم يُتحقَّق منه بعد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="752"/>
        <source>Checked on {date}.</source>
        <translation>تم التحقق منه في {date}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="754"/>
        <source>Checked.</source>
        <translation>تم التحقق منه.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="782"/>
        <source>Signed off by {name} on {date}.</source>
        <translation>اعتمدها {name} في {date}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="789"/>
        <source>Reopened: signed off by {name} on {date}, but the review has changed since (a new at-risk invitee, a venue or format change, or a new flag). Review the flags and sign off again — until then plaintext lists for this meeting need an override.</source>
        <translation>أُعيد فتحها: اعتمدها {name} في {date}، لكن المراجعة تغيّرت منذئذ (مدعو جديد معرّض للخطر، أو تغيير في المكان أو الصيغة، أو تنبيه جديد). راجع التنبيهات واعتمدها مجددًا — وحتى ذلك الحين تحتاج القوائم غير المشفرة لهذا الاجتماع إلى تجاوز مسبَّب.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="799"/>
        <source>Not signed off — plaintext lists for this meeting need an override.</source>
        <translation>غير معتمدة — تحتاج القوائم غير المشفرة لهذا الاجتماع إلى تجاوز مسبَّب.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="803"/>
        <source>No sign-off needed: this meeting raises no critical or warning flag. You may still record an assessment and sign it off.</source>
        <translation>لا حاجة للاعتماد: لا تنبيهات حرجة أو تحذيرية لهذا الاجتماع. يمكنك مع ذلك تدوين تقييم واعتماده.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="819"/>
        <source>and {count} more</source>
        <translation>و{count} غيرها</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="821"/>
        <source>Check every critical flag before signing off: {count} left ({names}).</source>
        <translation>تحقق من كل تنبيه حرج قبل الاعتماد: بقي {count} ({names}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="836"/>
        <source>Save reason</source>
        <translation>حفظ السبب</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="878"/>
        <source>Say why the flag may stand before checking it.</source>
        <translation>اذكر لماذا يمكن الإبقاء على التنبيه قبل تعليمه كمتحقَّق منه.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="914"/>
        <source>The assessment is longer than {n} characters.</source>
        <translation>التقييم أطول من {n} حرف.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="935"/>
        <source>Type your name or initials to sign off.</source>
        <translation>اكتب اسمك أو الأحرف الأولى منه للاعتماد.</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="46"/>
        <source>Who is in the list?</source>
        <translation>من في القائمة؟</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="48"/>
        <source>Choose the people the list starts from. The next steps decide what it shows.</source>
        <translation>اختر الأشخاص الذين تبدأ منهم القائمة. الخطوات التالية تحدد ما تعرضه.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="50"/>
        <source>Everyone in the vault</source>
        <translation>كل من في الخزنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="51"/>
        <source>People matching a filter</source>
        <translation>الأشخاص المطابقون لعامل تصفية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="52"/>
        <source>The people of one meeting</source>
        <translation>أشخاص اجتماع واحد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="63"/>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="66"/>
        <source>Which of its people</source>
        <translation>أيّهم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="67"/>
        <source>Everyone invited</source>
        <translation>كل المدعوين</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="68"/>
        <source>Those who accepted or came</source>
        <translation>من قبِلوا أو حضروا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="69"/>
        <source>Those who attended</source>
        <translation>من حضروا</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="73"/>
        <source>This list is the attendance record the host asked for</source>
        <translation>هذه القائمة هي سجل الحضور الذي طلبته الجهة المضيفة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="77"/>
        <source>There are no meetings in this vault yet.</source>
        <translation>لا اجتماعات في هذه الخزنة بعد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="87"/>
        <source>Meeting:</source>
        <translation>الاجتماع:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="89"/>
        <source>People:</source>
        <translation>الأشخاص:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="210"/>
        <source>This meeting is held under the Chatham House Rule: what was said may be used, but not who said it, nor who was there or where they work. A list for the public or a venue therefore gives only counts by stakeholder group. Tick the box only if the host asked for an attendance record; even then, only people who consented are named.</source>
        <translation>يُعقد هذا الاجتماع بقاعدة تشاتام هاوس: يجوز استخدام ما قيل، دون ذكر قائله أو الحاضرين أو أماكن عملهم. لذا فالقائمة الموجهة للعموم أو لمكان الانعقاد تعطي أعدادًا حسب فئة أصحاب المصلحة فقط. فعّل الخيار فقط إذا طلبت الجهة المضيفة سجل حضور، وحتى حينها لا يُذكر إلا من وافق.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="221"/>
        <source>This meeting is not held under the Chatham House Rule.</source>
        <translation>لا يُعقد هذا الاجتماع بقاعدة تشاتام هاوس.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="240"/>
        <source>%n person(s) in this list before the rules apply</source>
        <translation>
            <numerusform>الأشخاص في هذه القائمة قبل تطبيق القواعد: %n</numerusform>
            <numerusform>الأشخاص في هذه القائمة قبل تطبيق القواعد: %n</numerusform>
            <numerusform>الأشخاص في هذه القائمة قبل تطبيق القواعد: %n</numerusform>
            <numerusform>الأشخاص في هذه القائمة قبل تطبيق القواعد: %n</numerusform>
            <numerusform>الأشخاص في هذه القائمة قبل تطبيق القواعد: %n</numerusform>
            <numerusform>الأشخاص في هذه القائمة قبل تطبيق القواعد: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="79"/>
        <source>Safety</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="80"/>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="87"/>
        <source>Lock after this long without use</source>
        <translation>القفل بعد هذه المدة دون استخدام</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="88"/>
        <source>When nobody has typed or moved the mouse in BizHR for this long, the vault locks. Time the computer spent asleep counts too.</source>
        <translation>إذا لم يكتب أحد أو يحرّك الفأرة في BizHR طوال هذه المدة، تُقفل الخزنة. يُحتسب وقت سكون الحاسوب أيضًا.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="96"/>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="102"/>
        <source>Clear copied values after</source>
        <translation>مسح القيم المنسوخة بعد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="103"/>
        <source>A value copied from the vault is removed from the clipboard after this many seconds, unless something else was copied since.</source>
        <translation>تُزال القيمة المنسوخة من الخزنة من الحافظة بعد هذا العدد من الثواني، ما لم يُنسخ شيء آخر بعدها.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="111"/>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="117"/>
        <source>Panic shortcut</source>
        <translation>اختصار القفل الطارئ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="118"/>
        <source>This key combination locks the vault at once and hides the window, without asking anything. A PIN never reopens a vault locked this way.</source>
        <translation>يقفل مزيج المفاتيح هذا الخزنة فورًا ويخفي النافذة دون أي سؤال. رمز PIN لا يفتح أبدًا خزنة أُقفلت بهذه الطريقة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="129"/>
        <source>Allow a PIN after an automatic lock</source>
        <translation>السماح برمز PIN بعد القفل التلقائي</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="130"/>
        <source>After the vault locked itself (idle or screen lock), a short PIN you choose for this session reopens it. The PIN is never stored; three wrong tries, a manual lock, a panic lock, sleep or quitting make the passphrase necessary again.</source>
        <translation>بعد أن تُقفل الخزنة تلقائيًا (لعدم الاستخدام أو لقفل الشاشة)، يفتحها رمز PIN قصير تختاره لهذه الجلسة. لا يُحفظ الرمز أبدًا، وتعود عبارة المرور لازمة بعد ثلاث محاولات خاطئة أو قفل يدوي أو قفل طارئ أو سكون الحاسوب أو الخروج.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="142"/>
        <source>Show the vault&apos;s file name when locked</source>
        <translation>إظهار اسم ملف الخزنة عندما تكون مقفلة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="143"/>
        <source>Off: the unlock screen says only &apos;Your vault&apos;, so someone looking at the screen does not learn where the vault is or what it is called.</source>
        <translation>عند الإيقاف: تقول شاشة الفتح «خزنتك» فقط، فلا يعرف من ينظر إلى الشاشة مكان الخزنة أو اسمها.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="154"/>
        <source>Consent must be renewed after</source>
        <translation>يجب تجديد الموافقة بعد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="155"/>
        <source>Consent older than this, or never dated, counts as not given for every list that leaves the network: the person appears under a label or only in a count. The People list flags it as due for renewal.</source>
        <translation>الموافقة الأقدم من ذلك، أو غير المؤرخة، تُعدّ غير ممنوحة في كل قائمة تخرج من الشبكة: يظهر الشخص باسم رمزي أو في عدد فقط. وتشير إليها قائمة الأشخاص على أنها تحتاج إلى تجديد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="164"/>
        <source> months</source>
        <translation> شهرًا</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="54"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="63"/>
        <source>These settings are kept inside the encrypted vault, except the language.</source>
        <translation>تُحفظ هذه الإعدادات داخل الخزنة المشفرة، باستثناء اللغة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="90"/>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="96"/>
        <source>This computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="100"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="101"/>
        <source>Same as the system</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="106"/>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="111"/>
        <source>Kept on this computer, not in the vault, and used at once. A page with changes not yet saved, or a window of its own open, changes language when the vault next locks.</source>
        <translation>تُحفظ على هذا الحاسوب، لا في الخزنة، وتُطبَّق فورًا. الصفحة التي فيها تغييرات لم تُحفظ بعد، أو لها نافذة مفتوحة، تتغير لغتها عند قفل الخزنة التالي.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="122"/>
        <source>&amp;Duress passphrase…</source>
        <translation>عبارة مرور الإ&amp;كراه…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="125"/>
        <source>A second passphrase to give under pressure: it opens an empty vault</source>
        <translation>عبارة مرور ثانية تُعطى تحت الضغط: تفتح خزنة فارغة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="134"/>
        <source>Restore &amp;defaults</source>
        <translation>استعادة ال&amp;افتراضي</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="137"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="140"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="212"/>
        <source>“{setting}” needs one key combination with Ctrl, Alt or Meta, not already used by the menus.</source>
        <translation>«{setting}» يحتاج إلى مزيج مفاتيح واحد فيه Ctrl أو Alt أو Meta، غير مستخدم في القوائم.</translation>
    </message>
</context>
<context>
    <name>StakeholderMixChart</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/chart.py" line="52"/>
        <source>Stakeholder mix</source>
        <translation>توزيع الفئات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/chart.py" line="70"/>
        <source>Invited</source>
        <translation>المدعوون</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/chart.py" line="71"/>
        <source>Accepted</source>
        <translation>القابلون</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/chart.py" line="72"/>
        <source>Attended</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/chart.py" line="129"/>
        <source>Nobody is invited yet: the mix appears once people are.</source>
        <translation>لم يُدعَ أحد بعد: يظهر التوزيع بعد دعوة الأشخاص.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="98"/>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="113"/>
        <source>Use four or more unrelated words, or 12+ characters.</source>
        <translation>استخدم أربع كلمات غير مترابطة أو أكثر، أو 12 حرفًا فأكثر.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/summary_panel.py" line="27"/>
        <source>Why:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/summary_panel.py" line="52"/>
        <source>Labels of the series “{name}”: the same person has the same label in every list of this series.</source>
        <translation>تسميات السلسلة «{name}»: للشخص نفسه التسمية نفسها في كل قائمة من هذه السلسلة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/summary_panel.py" line="56"/>
        <source>Labels made for this list alone: they match no other list.</source>
        <translation>تسميات أُعدّت لهذه القائمة وحدها: لا تطابق أي قائمة أخرى.</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="115"/>
        <source>Add a tag and press Enter</source>
        <translation>أضف وسمًا واضغط Enter</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="116"/>
        <source>New tag</source>
        <translation>وسم جديد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="178"/>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="179"/>
        <source>Remove the tag {tag}</source>
        <translation>إزالة الوسم {tag}</translation>
    </message>
</context>
<context>
    <name>TravelBackDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="505"/>
        <source>Bring records back</source>
        <translation>إعادة السجلات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="507"/>
        <source>Bring records back from a travel bundle</source>
        <translation>إعادة السجلات من حزمة السفر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="510"/>
        <source>{people} people and the notes of {meetings} meetings are away.</source>
        <translation>خارج الخزنة الآن: أشخاص ({people})، وملاحظات اجتماعات ({meetings}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="514"/>
        <source>No records of this vault are away.</source>
        <translation>لا سجلات من هذه الخزنة في الخارج.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="520"/>
        <source>Travel bundle file</source>
        <translation>ملف حزمة السفر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="522"/>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="528"/>
        <source>&amp;Bundle:</source>
        <translation>ال&amp;حزمة:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="529"/>
        <source>Bundle passphrase</source>
        <translation>عبارة مرور الحزمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="530"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="537"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="539"/>
        <source>&amp;Bring records back</source>
        <translation>إ&amp;عادة السجلات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="542"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="555"/>
        <source>Open the travel bundle</source>
        <translation>فتح حزمة السفر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="589"/>
        <source>{people} people are whole again, with {entries} contact-log entries; the notes of {meetings} meetings are back.</source>
        <translation>اكتملت سجلات الأشخاص مجددًا: {people}، مع إدخالات سجل الاتصالات: {entries}؛ وعادت ملاحظات الاجتماعات: {meetings}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="599"/>
        <source>{count} placeholders were edited while away: those edits were kept.</source>
        <translation>سجلات بديلة عُدّلت أثناء الغياب: {count}. أُبقيت تلك التعديلات.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="604"/>
        <source>{count} people erased while away were not brought back.</source>
        <translation>أشخاص مُحوا أثناء الغياب ولم يُعادوا: {count}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="609"/>
        <source>The bundle is now an extra copy: delete it when you no longer need it.</source>
        <translation>أصبحت الحزمة نسخة زائدة: احذفها حين لا تعود بحاجة إليها.</translation>
    </message>
</context>
<context>
    <name>TravelOutDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="158"/>
        <source>Travel mode</source>
        <translation>وضع السفر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="170"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="172"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="174"/>
        <source>&amp;Next &gt;</source>
        <translation>ال&amp;تالي &gt;</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="177"/>
        <source>&amp;Move records out</source>
        <translation>إ&amp;خراج السجلات</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="180"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="200"/>
        <source>Move records off this laptop before you travel</source>
        <translation>إخراج السجلات من هذا الحاسوب قبل السفر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="204"/>
        <source>The records you choose move into one encrypted file, the travel bundle. Keep it somewhere that does not travel with you: a USB drive you leave behind, or a colleague. This vault keeps only a placeholder for each person (their pseudonym, group and invitations), so nothing about them can be read here, even if you are forced to unlock it. When you are back, bring the records back from the bundle.</source>
        <translation>تنتقل السجلات التي تختارها إلى ملف مشفر واحد هو حزمة السفر. احفظه في مكان لا يسافر معك: ذاكرة USB تتركها، أو لدى زميل. تحتفظ هذه الخزنة بسجل بديل فقط لكل شخص (اسمه المستعار وفئته ودعواته)، فلا يمكن قراءة شيء عنه هنا حتى لو أُجبرت على فتحها. عند عودتك، أعد السجلات من الحزمة.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="214"/>
        <source>People who leave, by risk level:</source>
        <translation>الأشخاص الذين يخرجون، حسب مستوى الخطر:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="217"/>
        <source>&amp;Low</source>
        <translation>م&amp;نخفض</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="218"/>
        <source>&amp;Medium</source>
        <translation>م&amp;توسط</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="219"/>
        <source>&amp;High</source>
        <translation>م&amp;رتفع</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="220"/>
        <source>C&amp;ritical</source>
        <translation>&amp;حرج</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="232"/>
        <source>Deep dives&apos; outcome notes and risk assessments leave too</source>
        <translation>تخرج أيضًا ملاحظات نتائج الدراسات المعمّقة وتقييمات مخاطرها</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="242"/>
        <source>Where the travel bundle goes:</source>
        <translation>مكان حفظ حزمة السفر:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="245"/>
        <source>Travel bundle file</source>
        <translation>ملف حزمة السفر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="246"/>
        <source>e.g. a file on a USB drive</source>
        <translation>مثلًا ملف على ذاكرة USB</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="249"/>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="279"/>
        <source>{people} people leave ({critical} critical, {high} high, {others} other).</source>
        <translation>الأشخاص الذين يخرجون: {people} (حرج: {critical}، مرتفع: {high}، غير ذلك: {others}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="286"/>
        <source>With them: {entries} contact-log entries and {orgs} organisations.</source>
        <translation>ومعهم: إدخالات سجل الاتصالات ({entries}) والمنظمات ({orgs}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="289"/>
        <source>Meetings whose notes leave: {meetings}.</source>
        <translation>اجتماعات تخرج ملاحظاتها: {meetings}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="290"/>
        <source>Invitations that stay, under placeholders: {invitations}.</source>
        <translation>دعوات تبقى تحت سجلات بديلة: {invitations}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="296"/>
        <source>Already away from an earlier trip: {count}.</source>
        <translation>في الخارج من رحلة سابقة: {count}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="303"/>
        <source>{count} notes elsewhere in the vault name someone who leaves; they stay. Review them on the People page first.</source>
        <translation>ملاحظات في أماكن أخرى من الخزنة تذكر شخصًا يخرج: {count}. ستبقى، فراجعها أولًا في صفحة «الأشخاص».</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="311"/>
        <source>Save the travel bundle</source>
        <translation>حفظ حزمة السفر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="326"/>
        <source>The travel bundle&apos;s passphrase</source>
        <translation>عبارة مرور حزمة السفر</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="330"/>
        <source>Without this passphrase the records cannot come back, and nobody can recover it. Write it down and keep it apart from the bundle; it is shown only now.</source>
        <translation>بدون عبارة المرور هذه لا يمكن إعادة السجلات، ولا يستطيع أحد استرجاعها. دوّنها واحفظها بعيدًا عن الحزمة؛ فهي لا تُعرض إلا الآن.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="337"/>
        <source>&amp;Use this generated passphrase:</source>
        <translation>ا&amp;ستخدام عبارة المرور المولَّدة:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="338"/>
        <source>&amp;Type my own passphrase</source>
        <translation>&amp;كتابة عبارة مروري</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="351"/>
        <source>Generated passphrase</source>
        <translation>عبارة مرور مولَّدة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="352"/>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="355"/>
        <source>Copied passphrases clear themselves from the clipboard</source>
        <translation>عبارات المرور المنسوخة تُمسح تلقائيًا من الحافظة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="361"/>
        <source>I have &amp;written this passphrase down</source>
        <translation>&amp;دوّنتُ عبارة المرور هذه</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="368"/>
        <source>Bundle passphrase</source>
        <translation>عبارة مرور الحزمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="370"/>
        <source>Repeat the bundle passphrase</source>
        <translation>كرر عبارة مرور الحزمة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="373"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="374"/>
        <source>Re&amp;peat it:</source>
        <translation>&amp;كررها:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="406"/>
        <source>Moving the records…</source>
        <translation>جارٍ نقل السجلات…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="476"/>
        <source>The records have left this vault</source>
        <translation>خرجت السجلات من هذه الخزنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="479"/>
        <source>{people} people, {entries} contact-log entries and the notes of {meetings} meetings are in the travel bundle:
{path}

The bundle was read back and checked before anything changed here. This vault now shows a placeholder for each of them, marked as away. Take the bundle off this laptop before you travel, and keep its passphrase apart from it.</source>
        <translation>في حزمة السفر: أشخاص ({people})، وإدخالات سجل الاتصالات ({entries})، وملاحظات اجتماعات ({meetings}):
{path}

قُرئت الحزمة وفُحصت قبل تغيير أي شيء هنا. تعرض هذه الخزنة الآن سجلًا بديلًا لكل منهم، موسومًا بأنه في الخارج. انقل الحزمة من هذا الحاسوب قبل السفر، واحفظ عبارة مرورها بعيدًا عنها.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="88"/>
        <source>Unlock vault</source>
        <translation>فتح الخزنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="95"/>
        <source>Unlock your vault</source>
        <translation>افتح خزنتك</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="100"/>
        <source>Vault:</source>
        <translation>الخزنة:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="103"/>
        <source>Vault file</source>
        <translation>ملف الخزنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="109"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="111"/>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="123"/>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="229"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="129"/>
        <source>Unlock error</source>
        <translation>خطأ في الفتح</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="132"/>
        <source>Use the &amp;recovery key instead</source>
        <translation>استخدام مفتاح الا&amp;سترداد بدلًا منها</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="140"/>
        <source>Unlocking</source>
        <translation>جارٍ الفتح</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="141"/>
        <source>Unlocking… this takes a moment on purpose.</source>
        <translation>جارٍ الفتح… يستغرق ذلك لحظة عمدًا.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="151"/>
        <source>&amp;Open another vault…</source>
        <translation>فتح خزنة أ&amp;خرى…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="152"/>
        <source>Create a &amp;new vault…</source>
        <translation>إنشاء خزنة &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="166"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="169"/>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="209"/>
        <source>Your vault</source>
        <translation>خزنتك</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="223"/>
        <source>&amp;Recovery key:</source>
        <translation>مفتاح الا&amp;سترداد:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="257"/>
        <source>Type your passphrase.</source>
        <translation>اكتب عبارة مرورك.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="323"/>
        <source>Type your recovery key.</source>
        <translation>اكتب مفتاح الاسترداد.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="361"/>
        <source>Open a vault</source>
        <translation>فتح خزنة</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/guide.py" line="21"/>
        <location filename="../../bizhr_desktop/ui/shell/guide.py" line="25"/>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/guide.py" line="36"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/guide.py" line="49"/>
        <source>The user guide is not installed with this copy of the program.</source>
        <translation>دليل المستخدم غير مثبت مع هذه النسخة من البرنامج.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/guide.py" line="64"/>
        <source>Not opened here (this program opens no connection): {link}</source>
        <translation>لم يُفتح هنا (هذا البرنامج لا يفتح أي اتصال): {link}</translation>
    </message>
</context>
<context>
    <name>ValueDelegate</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="282"/>
        <source>Fix {field}</source>
        <translation>تصحيح {field}</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="219"/>
        <source>Verify the vault</source>
        <translation>التحقق من الخزنة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="221"/>
        <source>Checking the vault…</source>
        <translation>جارٍ فحص الخزنة…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="228"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="245"/>
        <source>The vault is sound: every page decrypts and passes its check, the database is consistent and the audit log has not been altered.</source>
        <translation>الخزنة سليمة: كل صفحة تُفك وتجتاز الفحص، وقاعدة البيانات متسقة، وسجل التدقيق لم يُعدَّل.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="252"/>
        <source>Problems were found. Restore the vault from a backup:</source>
        <translation>عُثر على مشكلات. استعد الخزنة من نسخة احتياطية:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="256"/>
        <source>Vault checked</source>
        <translation>فُحصت الخزنة</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="25"/>
        <source>Writing the file</source>
        <translation>كتابة الملف</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="26"/>
        <source>Writing…</source>
        <translation>جارٍ الكتابة…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="32"/>
        <source>Writing</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="35"/>
        <source>Nothing was written. Go back to choose another place, or cancel.</source>
        <translation>لم يُكتب شيء. ارجع لاختيار مكان آخر، أو ألغِ.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="50"/>
        <source>Encrypting and writing the bundle… (a few seconds)</source>
        <translation>جارٍ تشفير الحزمة وكتابتها… (بضع ثوانٍ)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="52"/>
        <source>Writing the file…</source>
        <translation>جارٍ كتابة الملف…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="58"/>
        <source>The file could not be written.</source>
        <translation>تعذّرت كتابة الملف.</translation>
    </message>
</context>
<context>
    <name>_SecretCopyFilter</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="113"/>
        <source>Copy (cleared after a while)</source>
        <translation>نسخ (يُمسح بعد قليل)</translation>
    </message>
</context>
<context>
    <name>_TravelDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="86"/>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
</context>
</TS>
