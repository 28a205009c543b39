#!/usr/bin/env python3
"""Extraction on site layouts palayesh was not written for: dev families and the held-out family set.

    python bench/score_families.py [--n 400] [--workers 2] [--only b] [--scramble] [--transplant]
        [--html-timeout 60] [--keep DIR]

Generates each family set with its generator under ``tests/`` (fixed seeds), runs
``palayesh refine`` on it and scores the output with ``../shared/tools/score_pages.py``, then prints
one row per set. ``--scramble`` renames each set's chrome words per host before the run
(``bench/scramble.py``: same layouts, chrome strings palayesh has never seen) and adds the rows
``chrome_words_renamed`` / ``chrome_lines_changed``; ``--keep DIR`` leaves the pages, outputs and
per-page details (``DIR/<set>-details.jsonl``) there. The sets:

- ``dev``      the dev pages in ../shared (the four dev families);
- ``unseen``   tests/unseen_families.py (seven families written with the extractor in view);
- ``a``, ``c`` tests/site_families_a.py / _c.py (written by someone who did not read the extractor;
               the extractor was then developed on them);
- ``d``        tests/html_families_d.py: HTML only, widgets inside ``<article>`` (related boxes, forms,
               comment threads) with meaningless class names; the DOM evidence of ``extract/htmlbody.py``
               was developed on seed 5 and is scored on seed 99 (held out);
- ``e``        tests/site_families_e.py (seed 23): seven more families written blind to the extractor
               (news portal, WordPress blog, sports and lifestyle magazines, regional agency, tech news,
               aggregator), for development after A and C;
- ``b``        tests/site_families_b.py: the HELD-OUT set, written blind like A and C and never
               developed on. Only score it; do not look at its pages or failures to fix them, or
               it stops measuring generalization.
- ``f``        tests/site_families_f.py (seed 31): a second HELD-OUT set, written blind to the extractor
               (provincial daily, ministry / directorate news, university news, Telegram-channel mirror,
               forum thread, market news with price tables, health site, diaspora broadcaster with
               Gregorian dates). Scored whole once on the code before any work on it (leak .140,
               section .782, published .782, body .925); then split by family:
- ``fdev``     F's pages of four families (provincial daily, university news, Telegram mirror, market
               news), open to development from then on;
- ``fheld``    F's other four families (ministry news, forum thread, health site, diaspora
               broadcaster): HELD OUT like ``b``, only scored. ``f`` (all eight) is then half-seen.
- ``g``        tests/site_families_g.py (seed 41): a third set written blind to the extractor (book
               review site, seminary news with Hijri dates, car news with price tables, city hall news,
               newspaper print edition, jobs / education portal, football fan club, podcast page with
               transcript); ~65% flat text. Scored whole once on the code before any work on it (main 21a1535:
               title .890, section .505, published .812, body .958, leak .172); then split by family:
- ``gdev``     G's pages of four families (book review, car news, jobs portal, podcast page), open to
               development;
- ``gheld``    G's other four families (seminary news, city hall, print edition, fan club): HELD OUT
               like ``b``, only scored. ``g`` (all eight) is then half-seen.
- ``h``        tests/site_families_h.py (seed 53): a fourth set written blind to the extractor (film review
               site, travel blog, stock-exchange analysis, parliament / legal news, science and space
               magazine, photo-news pages, blogfa-style personal blogs, interview site with question /
               answer paragraphs); ~57% flat text. Scored whole once on the code before any work on it
               (see the table below); then split by family:
- ``hdev``     H's pages of four families (film review, stock-exchange analysis, parliament / legal news,
               personal blog), open to development;
- ``hheld``    H's other four families (travel blog, science magazine, photo news, interview): HELD OUT
               like ``b``, only scored. ``h`` (all eight) is then half-seen.
- ``i``        tests/site_families_i.py (seed 61): a fifth set written blind to the extractor (economic
               daily with price boxes, Afghan Dari news on Kabul time, family magazine with recipe cards, AMP
               pages of a national agency, live sports blog, press review, labour news with video embeds,
               student news agency), ~60% HTML in CMS shapes (WordPress themes, Drupal, ASP.NET, Next.js
               with __NEXT_DATA__, AMP, Blogger, Joomla). Scored whole once (table below); split by family:
- ``idev``     I's pages of four families (economic daily, family magazine, live sports, labour news),
               open to development;
- ``iheld``    I's other four families (Afghan news, AMP agency, press review, student agency): HELD OUT
               like ``b``, only scored.
- ``j``        tests/site_families_j.py (seed 71): a sixth set written blind to the extractor (province news
               network, konkur / education news, game and gadget reviews, poetry magazine with verses in the
               story, occasion news with Hijri dates, legal Q&A, housing news with price tables, radio / TV
               programme news); ~75% flat text. Scored whole once on the code before any work on it (see
               the table below); then split by family:
- ``jdev``     J's pages of four families (province network, game review, occasion news, housing news),
               open to development;
- ``jheld``    J's other four families (konkur news, poetry magazine, legal Q&A, radio / TV): HELD OUT
               like ``b``, only scored. ``j`` (all eight) is then half-seen.
- ``k``        tests/site_families_k.py (seed 81): a seventh set written blind to the extractor (agriculture
               news with price tables in the story, environment news with captions and an air-quality box,
               crypto / currency rates with tickers and disclaimers, charity news with donation banners,
               music and concert news, cultural heritage and handicrafts, oil / gas / power news, transport
               news); three hosts a family, ~half HTML in CMS shapes (WordPress, Drupal, ASP.NET, Next.js,
               Bootstrap, Joomla); sections also in an active tab, a byline «در X», the URL path or JSON-LD
               only. Scored whole once on the code before any work on it (table below); split by family:
- ``kdev``     K's pages of four families (agriculture, crypto rates, music, energy), open to development;
- ``kheld``    K's other four families (environment, charity, heritage, transport): HELD OUT like ``b``,
               only scored. ``k`` (all eight) is then half-seen.
- ``l``        tests/site_families_l.py (seed 91): an eighth set written blind to the extractor (sports
               federation, oil and energy news, music news, children's magazine, weather and disaster news,
               metro and transport news, environment and wildlife news, charity news), three hosts a family,
               ~70% flat text flattened badly (menus on one line, widgets between paragraphs, alt text and
               captions as lines, paragraphs broken at links or hard-wrapped, footer columns run together).
               Scored whole once on the code before any work on it (table below); split by family:
- ``ldev``     L's pages of four families (sports federation, music news, weather and disaster, environment
               and wildlife), open to development;
- ``lheld``    L's other four families (oil and energy, children's magazine, metro and transport, charity
               news): HELD OUT like ``b``, only scored. ``l`` (all eight) is then half-seen.
- ``m``        tests/site_families_m.py (seed 101): a ninth set written blind to the extractor, as real
               saved pages (~80% HTML as a browser saves it: long heads with scripts and JSON config,
               Bootstrap / Tailwind / theme class soup, lazy images, AMP and print variants, sidebars
               before the article, duplicated mobile menus, ad slots, iframes, comment threads; the rest
               Ctrl+A text copies): judiciary news, fashion and beauty, banking and insurance, esports,
               defence news, a tour agency, schools and education, startup / tech jobs. Split by family:
- ``mdev``     M's pages of four families (judiciary, banking and insurance, esports, tour agency), open
               to development;
- ``mheld``    M's other four families (fashion and beauty, defence, schools, startup / tech jobs): HELD
               OUT like ``b``, only scored. ``m`` (all eight) is then half-seen.
- ``n``        tests/site_families_n.py (seed 111): a tenth set written blind to the extractor, as other tools
               export pages (lynx / w3m dumps with a References list, markdown / Hugo exports, reader views, RSS
               items with RFC 822 dates, Telegram / Eitaa posts, e-paper text with jump lines; ~24% HTML): local
               city news, campus science, series reviews, recipes, health insurance, stock-market channels,
               real estate, retirees and labour news. Scored whole once (table below); split by family:
- ``ndev``     N's pages of four families (city news, series reviews, health insurance, real estate), open
               to development;
- ``nheld``    N's other four families (campus science, recipes, stock-market channels, retirees / labour):
               HELD OUT like ``b``, only scored. ``n`` (all eight) is then half-seen.
- ``o``        tests/site_families_o.py (seed 121): an eleventh set written blind to the extractor, article
               genres and page kinds beyond the plain story as agencies' and outlets' own CMSs serve them
               (~53% raw HTML with og / twitter / article metas, JSON-LD, inline scripts, two windows-1256
               legacy hosts written in that code page; the rest flattened text): interviews («س:» / «ج:»,
               the interviewer's name), live pages with time-stamped entries, photo reports, translated foreign
               reports, columns and analyses, statements, obituaries, multi-page stories, corrections. Families:
               foreign-desk translations, live desk, opinion site, diaspora outlet (Gregorian dates, Latin
               digits, European / Canadian time zones), statement portal, NGO / research reports, podcast
               transcripts, culture foundation. Scored whole once (table below); split by family:
- ``odev``     O's pages of four families (foreign desk, opinion site, statement portal, podcast), open to
               development;
- ``oheld``    O's other four families (live desk, diaspora outlet, NGO / research, culture foundation): HELD
               OUT like ``b``, only scored. ``o`` (all eight) is then half-seen.
- ``p``        tests/site_families_p.py (seed 131): a twelfth set written blind to the extractor, the same kinds
               of news pages as other tools and archives hand them over, one form a host (~50% HTML: browser
               "Save Page As, complete" files with inlined CSS / SVG and the mega-menu and big footer in the
               DOM, CMS pages with metas and JSON-LD, AMP, ``m.`` mobile sites; the rest flattened by one tool a
               host: select-all copies, lynx / w3m dumps with link numbers and References, reader-mode copies,
               web-archive captures with the archive's toolbar and capture date, print versions with the print
               date and URL). Families: Persian services of foreign broadcasters, party / campaign sites, local
               news of Kurdish, Lori and Baluchi regions, women and society magazines, think-tank briefs,
               e-commerce magazine blogs, martyrs' memorial sites, technology explainers. Scored whole once
               (table below); split by family:
- ``pdev``     P's pages of four families (foreign services, regional news, think-tank briefs, memorial
               sites), open to development;
- ``pheld``    P's other four families (party / campaign, women and society, shop blogs, tech explainers):
               HELD OUT like ``b``, only scored. ``p`` (all eight) is then half-seen.
- ``q``        family set Q (``tests/site_families_q.py``, seed 141), written blind to the extractor and
               stressing page STRUCTURE: infinite-scroll saves (the site's next one or two articles appended in
               full after the story), long reader-comment threads, old table-layout dailies (nested tables,
               ``<font>``, some in Windows-1256 bytes), paginated stories («صفحه ۱ از ۳»), pull-quotes / info
               boxes / «بیشتر بخوانید» boxes inside the story, photo galleries with a caption per photo,
               medical Q&A, Google-cache / Wayback / translate banners above the page, stories shorter than
               their chrome. Families: scroll portals, old table dailies, comment portals, paged magazines,
               doctor Q&A, cache mirrors, analysis weeklies, sports galleries. Split by family:
- ``qdev``     Q's pages of four families (scroll portals, comment portals, doctor Q&A, weeklies), open to
               development;
- ``qheld``    Q's other four families (table dailies, paged magazines, cache mirrors, sports galleries):
               HELD OUT like ``b``, only scored. ``q`` (all eight) is then half-seen.
- ``r``        family set R (``tests/site_families_r.py``, seed 151), written blind to the extractor and
               stressing the HEADER and the CREDITS: sections only as a kicker, in the ``<title>``, in the URL
               path, as ``rel="category tag"``, in a byline row, as chips or trails with a home icon or the
               site's name first, or only in ``article:section``; روتیتر and lead around the headline, a logo
               ``<h1>`` above an ``<h2>`` headline, headlines repeated in share widgets; dates in every calendar,
               digit set and order, only relative with the date at the foot, only in meta / JSON-LD or the URL,
               «آخرین به‌روزرسانی» beside them, a "today" date in the header; credits as «منبع:», «به نقل از»,
               «(ایسنا)», datelines «شهرکرد - ایرنا -», agency logos (alt text), «بازنشر» notes, the last line,
               «خبرنگار ما» with no agency. Families: county portals, club sites, religious boards, gadget
               blogs, chamber of commerce news, utility PR, expat community sites, commodity markets. Split:
- ``rdev``     R's pages of four families (county portals, religious boards, chamber of commerce, expat
               community), open to development;
- ``rheld``    R's other four families (club sites, gadget blogs, utility PR, commodity markets): HELD OUT
               like ``b``, only scored. ``r`` (all eight) is then half-seen.
- ``s``        family set S (``tests/site_families_s.py``, seed 161), written blind to the extractor on R's
               frame: police / traffic police portals, airports and airlines, telecom operators, ports and
               shipping, election news with result tables, theatre, zurkhaneh (traditional sports), Kurdish /
               Azeri regional news with Sorani and Azerbaijani-Latin lines. Sections also at the foot
               («منتشر شده در:», «در بخش …») or only in JSON-LD ``articleSection``; dates also in a foot line
               «ارسال شده در <date> توسط <author>»; per-page boxes beside or after the story (flight-status,
               vote-count, vessel, showtime and package tables «a | b | c», emergency-number strips), tender
               notices («آگهی مناقصه») beside the news, comment threads with the editors' replies, newsletter
               prompts, disclaimers, language switches. Split (chosen before S was scored, alternating):
- ``sdev``     S's pages of four families (police, telecom, elections, zurkhaneh), open to development;
- ``sheld``    S's other four families (airports, ports, theatre, Kurdish / Azeri regional): HELD OUT like
               ``b``, only scored. ``s`` (all eight) is then half-seen.
- ``t``        family set T (``tests/site_families_t.py``, seed 171), written blind to the extractor on S's
               frame: hospital / medical-university news, courier and logistics blogs, libraries and book
               fairs, interest-free loan funds, mining, wedding and events magazines, Hajj and pilgrimage
               news, fire and rescue news; HTML in WordPress, Bootstrap, Elementor and Joomla shapes. Sections
               also only as a sidebar box's heading («مطالب این بخش: …», «سایر مطالب بخش …»), only as the
               active menu item (``current-menu-item``) or after «شما اینجا هستید:»; dates beside their update
               («انتشار: … | به‌روزرسانی: …», the update first, or only the update at the head and «تاریخ
               انتشار» at the foot), as a relative time inside ``<time datetime>``, ISO Gregorian, dotted Jalali,
               Hijri first; credits «تنظیم: <editor> | منبع: <agency>», «برگرفته از …», «این مطلب نخستین بار در …
               منتشر شده است», and «تنظیم: <editor>» or «منبع: روابط عمومی …» with no agency; stories split over
               pages («صفحه ۲ از ۳», a table of the pages: gold is that page's paragraphs), login walls (the
               paragraphs before the wall), pull quotes, tag clouds echoing the menu, cookie banners, teaser
               lists. Split (chosen before T was scored, alternating):
- ``tdev``     T's pages of four families (hospitals, libraries / book fairs, mining, pilgrimage), open to
               development;
- ``theld``    T's other four families (logistics, loan funds, weddings, fire and rescue): HELD OUT like
               ``b``, only scored. ``t`` (all eight) is then half-seen.
- ``u``        family set U (``tests/site_families_u.py``, seed 181), written blind to the extractor on T's
               frame and modelled on real Persian sites: veterinary and livestock news, provincial governor's
               offices, water / dam companies, customs and tax news, literary translation magazines, the
               Olympic committee, car-sharing and taxi-app magazines, astronomy clubs; HTML as Nastooh agency
               pages, WordPress, Bootstrap or Drupal, some pages as their AMP twin or print view. Sections also
               only in the URL path or ``article:section``, in a «کد خبر: … | سرویس: …» row, or as «سرویس:
               <service> - <sub>» (gold the sub); روتیترs over the headline, leads after «خلاصه:» / «چکیده:»;
               dates only relative at the head («۲ ماه پیش») with the absolute one at the foot, inside the
               «کد خبر» row, Jalali with hyphens («۱۴۰۲-۰۳-۱۲ ۱۰:۲۰»), ISNA's «شنبه / ۱۲ خرداد ۱۴۰۲ / ۱۰:۲۰», the
               time first, long Gregorian, metas in UTC; «لینک کوتاه» rows, numbered photo captions and
               «بیشتر بخوانید» inside the story, «ارسال نظر» forms with their rules and comment counts, most-read
               tabs, weather and currency strips; credits «گزارش از: …» as the last line (with or without an
               agency), «به نقل از …» under the headline, «روابط عمومی …» and «خبرنگار ما» with none. Split (chosen
               before U was scored, alternating):
- ``udev``     U's pages of four families (veterinary, water / dams, literary translation, taxi apps), open to
               development;
- ``uheld``    U's other four families (governor's office, customs and tax, Olympic committee, astronomy
               clubs): HELD OUT like ``b``, only scored. ``u`` (all eight) is then half-seen.
- ``v``        family set V (``tests/site_families_v.py``, seed 197), written blind to the extractor on U's
               frame and modelled on real Persian sites: food-and-drug / pharmacy news, chess federations,
               religious endowments (اوقاف) and shrines, the standards organisation and its labs, hand-woven
               carpet trade, deed registration and notaries, Kish / Qeshm / Chabahar free zones, hotel-booking
               blogs; HTML as Nastooh agency pages, WordPress, Bootstrap or Drupal, some pages as their AMP twin
               or print view. Beside U's forms: the section only in a trail *under* the headline (an
               ``<ol class="breadcrumb">``, in text an item a line), in a JSON-LD ``BreadcrumbList``, in the
               ``<title>`` («عنوان - سرویس - سایت» or «سرویس | عنوان | سایت») or a Persian URL slug; dates
               beside their Hijri-qamari twin («۱۲ خرداد ۱۴۰۲ - ۱۳ ذی‌القعده ۱۴۴۴ - ۱۰:۲۰»), the Gregorian in
               parentheses, twelve-hour clocks («۱۰:۲۰ ب.ظ»), the header's day in three calendars; bylines
               «نویسنده: … | ۱۲ دقیقه مطالعه»; comment threads with likes and the editor's replies, copyright
               sentences, prayer-time, ferry, rating and price boxes. Split (chosen before V was scored,
               alternating):
- ``vdev``     V's pages of four families (pharmacy / drugs, endowments, carpets, free zones), open to
               development;
- ``vheld``    V's other four families (chess, standards, notaries, hotel booking): HELD OUT like ``b``, only
               scored. ``v`` (all eight) is then half-seen.
- ``w``        family set W (``tests/site_families_w.py``, seed 211), written blind to the extractor on V's
               frame and modelled on real Persian sites: fisheries and shrimp farms, film festivals, the Red
               Crescent and blood transfusion, galleries / calligraphy / auctions, nomadic affairs (عشایر), the
               post and stamp collecting, patents and trademarks, language schools and IELTS; HTML as Nastooh
               agency pages, WordPress, Bootstrap or Drupal, some pages as their AMP twin or print view. Beside
               V's and U's forms: the section only in a WordPress body class ``category-<slug>`` (the Persian name
               only in the menu), as a coloured label opening the lead, in a «گروه: X - کد خبر: N» row under the
               story, in a two-level trail; dates day first with a two-digit year («۱۲/۰۳/۰۲»), Gregorian first
               with the Jalali after, publication and update stamps on one line; an agency credited only as the
               JSON-LD ``publisher`` of a republishing site (gold: credited, in HTML); «روتیتر:» / «لید:»
               labels, the headline repeated as a photo caption, ads between paragraphs, galleries «۲ از ۱۴»,
               polls, newsletter boxes, a CMS vendor's footer line shared across families. Split (chosen before
               W was scored, alternating):
- ``wdev``     W's pages of four families (fisheries, Red Crescent, nomads, patents), open to development;
- ``wheld``    W's other four families (film festivals, galleries, post / stamps, language schools): HELD OUT
               like ``b``, only scored. ``w`` (all eight) is then half-seen.
- ``x``        family set X (``tests/site_families_x.py``, seed 223), written blind to the extractor on W's
               frame and modelled on real Persian sites: beekeeping and honey, saffron and barberry trade,
               mountaineering expeditions, dental clinics' blogs, pet shops' blogs, village councils and rural
               projects, traditional / herbal medicine, tea gardens; HTML as Nastooh agency pages, WordPress,
               Bootstrap or Drupal, some pages as their AMP twin or print view. Beside W's, V's and U's forms:
               the section only in a trail at the very foot of the page («خانه › X › Y» over the copyright
               lines) or only in a Yoast JSON-LD ``@graph`` (``articleSection`` a list, a ``BreadcrumbList``
               beside it); WP-Parsidate dates («خرداد ۱۲, ۱۴۰۲», «۱۴۰۲/۳/۱۲ ساعت …», «… ه‍.ش», «۱۴۰۲.۰۳.۱۲»);
               a live blog's entry clocks over its paragraphs; «ادامه مطلب» after the teaser; lazy photos with a
               ``<noscript>`` twin; the comments before the story; an aggregator's «لینک منبع: …» with a
               «مشاهده خبر در سایت منبع» button; shops' product boxes inside the story. Split (chosen before X
               was scored, alternating):
- ``xdev``     X's pages of four families (beekeeping, mountaineering, pet shops, traditional medicine), open
               to development;
- ``xheld``    X's other four families (saffron, dental clinics, rural development, tea gardens): HELD OUT like
               ``b``, only scored. ``x`` (all eight) is then half-seen.
- ``y``        family set Y (``tests/site_families_y.py``, seed 227), written blind to the extractor on X's
               frame and modelled on real Persian sites: handicrafts (enamel, khatam, pottery), pistachio trade,
               science parks and knowledge-based firms, bakeries and flour, driving schools, cooperatives,
               houseplant forums, dubbing and voice acting; HTML as Nastooh agency pages, WordPress, Bootstrap or
               Drupal, some pages as their AMP twin or print view. Beside X's, W's, V's and U's forms: the section
               as a coloured chip opening the byline row («X | <author> | <date> | بازدید: N»); the agency only in
               the news-code row («کد خبر: N | منبع: …»); the headline only in an ``<h1>`` in the ``<header>``
               above the menu; the lead in a ``<strong>`` opening the first ``<p>``; stories split over pages
               («صفحه ۱ از ۲»); a sticky share bar repeated under the story; «اخبار مرتبط» between paragraphs;
               dates «۱۲ آذر ۱۴۰۲ - ۱۴:۳۰», «… (۱۴:۳۰)», «یکشنبه، … - ساعت …»; U+200F / U+200E marks around
               the numbers of chrome lines; the Arabic ي / ك in some hosts' chrome. Split (chosen by Y's writer
               before Y was scored, alternating):
- ``ydev``     Y's pages of four families (handicrafts, science parks, driving schools, houseplant forums), open
               to development;
- ``yheld``    Y's other four families (pistachio, bakeries and flour, cooperatives, dubbing): HELD OUT like
               ``b``, only scored. ``y`` (all eight) is then half-seen.
- ``z``        family set Z (``tests/site_families_z.py``, seed 229), written blind to the extractor, running
               Y's frame functions on Z's own tables and modelled on real Persian sites: seismology and earthquake
               watch, calligraphy associations, cycling clubs, blood transfusion portals, Kashan's rosewater,
               Gilan's sericulture and silk, ski resorts, the gold and coin market. Beside Y's, X's, W's, V's and
               U's forms: a numbered «پربازدیدها» column before the story in text dumps; the headline only in
               ``<title>`` / ``og:title`` while the ``<h1>`` holds the site's name; «شما اینجا هستید: خانه / … / …»
               trails; the Hijri-qamari day beside the Jalali one; Latin-digit Gregorian dates «2023/12/03 -
               14:30»; a footer naming a media-partner agency that credits no story; Q/A interviews, blockquotes,
               ordered lists (each item a paragraph); nested comment replies; Telegram-mirror posts (emoji bullets,
               hashtags, «🆔 @channel»); hard-wrapped flat text; Windows-1256 pages without a charset (Latin
               digits, the Arabic ي / ك in story and chrome). Split (chosen by Z's writer before Z was scored,
               alternating):
- ``zdev``     Z's pages of four families (seismology, cycling clubs, rosewater, ski resorts), open to development;
- ``zheld``    Z's other four families (calligraphy, blood transfusion, sericulture, gold and coins): HELD OUT
               like ``b``, only scored. ``z`` (all eight) is then half-seen.
- ``aa``       family set AA (``tests/site_families_aa.py``, seed 231), written blind to the extractor, running
               Y's frame functions and Z's build loop on AA's own tables and modelled on real Persian sites: date
               palms and the date market, student robotics leagues, the tile and ceramic industry, equestrian
               clubs, diabetes associations, passenger railways, northern citrus orchards, the deaf community.
               Beside Z's, Y's, X's, W's, V's and U's forms: the day as a chip closing the trail («خانه / … / <section>
               | ۱۴ آذر ۱۴۰۲»); the section only as the Persian path of the «لینک کوتاه» URL; «عکس از: …» photo
               credits between paragraphs; a comment count beside the date («… - ۱۴:۳۰ | ۱۲ نظر»); a sticky «اخبار
               فوری» ticker between paragraphs; words split by inline ``<span style>`` (at a ZWNJ or inside a word);
               a «تیتر یک» / «ویژه» label over the headline; numbered related lists («۱. …»); the agency only in
               the alt of a signature image under the story; dates «جمعه ۱۴۰۲/۰۹/۱۷ ساعت ۱۴:۳۰». Split (chosen
               by AA's writer before AA was scored, alternating):
- ``aadev``    AA's pages of four families (date palms, tile and ceramics, diabetes associations, citrus
               orchards), open to development;
- ``aaheld``   AA's other four families (robotics leagues, equestrian clubs, passenger railways, the deaf
               community): HELD OUT like ``b``, only scored. ``aa`` (all eight) is then half-seen.
- ``ab``       family set AB (``tests/site_families_ab.py``, seed 241), written blind to the extractor, running
               Y's frame functions and Z's build loop on AB's own tables (as AA does) and modelled on real Persian
               sites: poultry farms and the egg market, eco-lodges (بوم‌گردی), Quran recitation contests, the
               furniture and wood industry, mushroom growers, the 115 emergency service, paragliding and air sports,
               building stone quarries. Beside Y's, X's, W's, V's and U's forms (none of Z's nor AA's): the section
               only as a hashtag over the headline («#قارچ_دکمه‌ای»), only as the banner's ``<h1 class="page-title">``
               (the headline an ``<h2>``), or in a key / value box whose labels and values stand on lines of their own
               («بخش» / X, «تاریخ انتشار» / <date>, «منبع» / <agency>, «کد مطلب» / N; ``<dl>``); the day as a badge
               of lines («۱۲» / «آذر» / «۱۴۰۲»); only «۳ روز پیش» with the day in its ``title`` attribute; dates
               «۱۲ آذرماه ۱۴۰۲، ساعت ۱۴:۳۰» and «ساعت ۱۴:۳۰ روز یکشنبه ۱۲ آذر ۱۴۰۲»; the lead under its own heading
               line («خلاصه خبر»); photos credited to a news agency that does not credit the story («عکس: ایرنا»);
               an FAQ box of questions and prose answers after the story; an audio player, an emoji reaction bar, a
               call to action with a phone number between paragraphs. Split (chosen by AB's writer before AB was
               scored, alternating):
- ``abdev``    AB's pages of four families (poultry and eggs, Quran contests, mushroom growers, paragliding), open
               to development;
- ``abheld``   AB's other four families (eco-lodges, furniture and wood, the 115 emergency service, building
               stone): HELD OUT like ``b``, only scored. ``ab`` (all eight) is then half-seen.
- ``ac``       family set AC (``tests/site_families_ac.py``, seed 251), written blind to the extractor, running
               Y's frame functions and Z's build loop on AC's own tables (as AA and AB do) and modelled on real Persian
               sites: provincial IRIB centres, car recalls and quality ratings, insurance claims, futsal and handball
               leagues, the cinema box office, the sugar and tea trade, pharmacies and drug shortages, knowledge-based
               companies. Every HTML page as its host's CMS saves it (WordPress with Elementor or the Jannah theme, a
               Drupal 7 node, Joomla K2, ASP.NET WebForms with ``__VIEWSTATE``, Nuxt with a ``window.__NUXT__`` state
               holding the story again, a «نسیم»-like Persian news CMS); text pages also as Common Crawl WET (the header
               and menu fused into one line of words, the footer into another) or trafilatura-like («- item» lists).
               Beside Y's, X's, W's, V's and U's forms (none of Z's, AA's nor AB's): the section only in a back link
               over the headline («‹ بازگشت به X»), only in a sentence after the story («این مطلب در دسته «X» منتشر شده
               است.»), or in a «دسته‌بندی‌ها: <parent>، <child>» line; the lead over the headline; the agency only in a
               republication note («این خبر را ایسنا منتشر کرده و در اینجا بازنشر شده است»); dates with a two-digit
               year «۱۲ آذر ۰۲ - ۱۴:۳۰» and «۱۴۰۲-۰۹-۱۲ ۱۴:۳۰:۰۰»; a star rating under the story and a «فهرست مطالب» box
               before it. Split (chosen by AC's writer before AC was scored, alternating):
- ``acdev``    AC's pages of four families (IRIB centres, insurance claims, box office, pharmacies), open to
               development;
- ``acheld``   AC's other four families (car recalls, futsal and handball, sugar and tea, knowledge-based companies):
               HELD OUT like ``b``, only scored. ``ac`` (all eight) is then half-seen.
- ``ad``       family set AD (``tests/site_families_ad.py``, seed 263), written blind to the extractor, running
               Y's frame functions and Z's build loop on AD's own tables (as AA, AB and AC do) and modelled on real
               Persian sites: obituary notices and lost-and-found columns, city council sessions, shrine news, cash
               subsidies and the e-coupon (کالابرگ), military service (نظام وظیفه), fuel cards and petrol quotas,
               intercity buses and terminals, kindergartens. Every HTML page as its host's CMS saves it (WordPress with
               the Newspaper theme or JNews, a Blogfa blog, a Laravel / Livewire site, a «سپیدار»-like Persian news
               CMS). Beside Y's, X's, W's, V's and U's forms (none of Z's, AA's, AB's nor AC's): the section only in the
               page's ``<title>``, labelled there («<title> - سرویس X - <site>»), or only in the running page header of
               a PDF news bulletin's text («<site> | بولتن خبری شماره N | X», page footers «- صفحه k از m -» between
               paragraphs); the agency only in the ``<title>`` as an aggregator writes it («<title> | <agency> |
               <site>») or only as the bare address of the story on the agency's site («منبع: https://www.isna.ir/
               news/N/»); the headline broken over two lines (``<h1>`` with a ``<br>``; two text lines); dates only in
               the lunar Hijri calendar «یکشنبه ۲۰ جمادی‌الاول ۱۴۴۵ - ۱۴:۳۰» and «۰۲/۰۹/۱۲ - ۱۴:۳۰»; an app install
               banner under the menu. Split (chosen by AD's writer before AD was scored, alternating):
- ``addev``    AD's pages of four families (obituaries, shrine news, military service, intercity buses), open to
               development;
- ``adheld``   AD's other four families (city council, cash subsidies, fuel cards, kindergartens): HELD OUT like
               ``b``, only scored. ``ad`` (all eight) is then half-seen.
- ``ae``       family set AE (``tests/site_families_ae.py``, seed 271, tables in ``site_families_ae_tables.py``),
               written blind to the extractor, running Y's frame functions and Z's build loop on AE's own tables (as
               AA to AD do) and modelled on real Persian sites: air-quality bulletins, car lotteries and the unified
               car sales system, power outage schedules, passports and border crossings, Friday prayers, student
               welfare (loans, dormitories), zoos and city parks, the traffic police. Every HTML page as its host's
               CMS saves it (an ASP.NET WebForms portal with ``__VIEWSTATE`` and ``ctl00_ContentPlaceHolder1_…`` ids,
               Joomla with K2, Drupal 9, DNN, WordPress with the Soledad theme, a Blogsky blog). Beside Y's, X's, W's,
               V's and U's forms (none of Z's to AD's): the section only in a breadcrumb whose parent stands as the
               CMS's English slug beside the Persian section («خانه › air-quality › تعطیلی ادارات», «خانه › news ›
               ریزگردها»); an ASP.NET portal's label-value table in place of the head («عنوان خبر:» | headline,
               «تاریخ انتشار:» | date, «گروه خبری:» | section, each in a cell of its own; the headline in a ``<span>``,
               no ``<h1>``); the agency only in a Telegram mirror's forwarded-from line over the headline («هدایت شده
               از ایسنا», «Forwarded from ایرنا»); the kicker (روتیتر) under the headline; dates with the clock first
               «۱۴:۳۰ - ۱۴۰۲/۰۹/۱۲» and slashed with the weekday after «۱۴۰۲/۹/۱۲ یکشنبه ساعت ۱۴:۳۰»; a government
               portal's strip over the header (skip link, «English | العربية | نسخه نابینایان», site map and RSS) and
               its office hours at the foot. Split (chosen by AE's writer before AE was scored, alternating):
- ``aedev``    AE's pages of four families (air quality, power outages, Friday prayers, zoos and parks), open to
               development;
- ``aeheld``   AE's other four families (car lotteries, passports and borders, student welfare, traffic police):
               HELD OUT like ``b``, only scored. ``ae`` (all eight) is then half-seen.
- ``af``       family set AF (``tests/site_families_af.py``, seed 281, tables in ``site_families_af_tables.py``),
               written blind to the extractor, running Y's frame functions and Z's build loop on AF's own tables (as
               AA to AE do) and modelled on real Persian sites: organ donation and transplants, the statistics
               centre's releases (inflation, unemployment, census), rural and nomads' roads, archaeological digs,
               plant protection (pests, desert locusts), the gas network, vaccination drives, bridges, tunnels and
               freeways. Every HTML page in the shape it was saved in, one a host: a Next.js site (the story in the
               DOM and again in the ``__NEXT_DATA__`` JSON), a Wayback Machine capture (its toolbar insert, links
               rewritten to ``/web/<ts>/``, the archive's closing comment; its text dump opens with the toolbar's
               «The Wayback Machine - https://web.archive.org/web/<ts>/…» line), a browser's «Save Page As» (``<!--
               saved from url=(NNNN)… -->``, ``<base href>``, ``./<name>_files/``), WordPress with Elementor (nested
               ``elementor-widget-container`` divs), a Mihanblog blog (its bar «ساخت وبلاگ | ورود | وبلاگ بعدی») or
               a Liferay portal (``portlet-boundary``, ``Liferay.authToken``). Beside Y's, X's, W's, V's and U's forms
               (none of Z's to AE's): the headline only in ``<title>`` and ``og:title`` while the ``<h1>`` is the
               site's name (HTML); the section only in a breadcrumb whose last item is the headline itself («خانه ›
               کاوش‌ها › <headline>», Yoast's ``breadcrumb_last``) or only as a coloured tag link on the line right
               after the headline; the agency only inside a reporter's byline under the headline («خبرنگار ایرنا -
               شهرکرد», «یاسوج - خبرنگار ایسنا», «گزارش خبرنگار تسنیم از بیرجند»); the news code glued to the date
               with no space «کد خبر: ۴۸۲۹۱۷یکشنبه، ۱۲ آذر ۱۴۰۲ - ساعت ۱۴:۳۰» (two abutting ``<span>``s); Jalali
               dates with Finglish month names and Latin digits «12 Azar 1402 - 14:30», «Sunday 12 Azar 1402».
               Split (chosen by AF's writer before AF was scored, alternating):
- ``afdev``    AF's pages of four families (organ donation, rural roads, plant protection, vaccination drives), open
               to development;
- ``afheld``   AF's other four families (statistics centre, archaeological digs, gas network, bridges and tunnels):
               HELD OUT like ``b``, only scored. ``af`` (all eight) is then half-seen.
- ``ag``       family set AG (``tests/site_families_ag.py``, seed 291, tables in ``site_families_ag_tables.py``),
               written blind to the extractor, running Y's frame functions and Z's build loop on AG's own tables (as
               AA to AF do) and modelled on real Persian sites: desalination and the Persian Gulf water transfer,
               wrestling, the welfare organisation (بهزیستی), the auto-parts market, forest rangers and wildfires,
               moon sighting (استهلال), cyber security, the science olympiads. Every HTML page in the shape it was
               saved in, one a host: a page saved by the SingleFile extension (its «Page saved with SingleFile»
               comment with a saved date that is no publication date, scripts dropped, styles inline, images as
               ``data:`` URIs), a Google AMP cache copy (``<html ⚡>``, ``amp-img`` under ``cdn.ampproject.org``), a
               Virgool-like blog (React markup, a reading-time row under the headline and a likes row «۱۲ پسند · ۳
               پاسخ» under the story, in its text dump too), a Telegram channel's web preview ``t.me/s/``
               (``tgme_widget_message`` markup, «25.4K subscribers», the post's views and ``<time datetime>`` in UTC)
               or an old table-layout ASP page (FrontPage's generator, a fixed-width ``<table>`` around everything).
               Beside Y's, X's, W's, V's and U's forms (none of Z's to AF's): the head dated only by a later update
               «آخرین به‌روزرسانی: …», the publication date only under the story «تاریخ انتشار: …»; the section only
               as a label over the headline stretched with tatweel «امنیت سایبـــری»; the agency only under the story
               in Latin letters «Source: ISNA», «منبع: Tasnim News», «via IRNA». Split (chosen by AG's writer before
               AG was scored, alternating):
- ``agdev``    AG's pages of four families (desalination, welfare, forest rangers, cyber security), open to
               development;
- ``agheld``   AG's other four families (wrestling, auto parts, moon sighting, science olympiads): HELD OUT like
               ``b``, only scored. ``ag`` (all eight) is then half-seen.
- ``ah``       family set AH (``tests/site_families_ah.py``, seed 301, tables in ``site_families_ah_tables.py``),
               written blind to the extractor, running Y's frame functions and Z's build loop on AH's own tables (as
               AA to AG do) and modelled on real Persian sites: the guaranteed wheat purchase and silos, stock-market
               IPOs (عرضه اولیه), qanats and cisterns, marathons and athletics, rice paddies, the Arbaeen walk,
               wetlands and migratory birds, bodybuilding gyms. Every HTML page in the shape it was saved in, one a
               host: a Word «Save as HTML» copy (Word's namespaces and generator, ``<o:DocumentProperties>`` in a
               conditional comment, each paragraph a ``<p class=MsoNormal dir=RTL>`` with ``<span lang=FA>`` and an
               empty ``<o:p></o:p>``, blank ``<o:p>&nbsp;</o:p>`` paragraphs between), an e-mail newsletter saved as
               HTML (nested ``<table role="presentation">`` with inline CSS, a «view in browser» row over the page, the
               subscription and «لغو اشتراک | تنظیمات ایمیل» rows under it), a Ghost blog (its generator, ``gh-``
               classes, the members' portal, «عضو شوید», «Powered by Ghost»), an Eitaa channel's web preview
               (``etme_widget_message`` markup, «۱۲.۳ هزار عضو», the views, ``<time datetime>`` in UTC) or an
               Aparat-like video page whose story is the video's description (player, duration, channel, «دنبال
               کردن», «۴۶٬۵۶۵ بازدید» over the headline); on four hosts 60% of the story pages as Firefox's Reader
               View saved them (``moz-reader-content``: no site chrome, metas nor scripts, only the domain, the
               headline, «۳–۵ دقیقه» and the story; gold then has no section, date, surtitle, nor an agency the story's
               own text does not credit). Beside Y's, X's, W's, V's and U's forms (none of Z's to AG's): the section
               only as one hashtag under the story («#خرید_تضمینی», a ``rel="tag"`` link). Split (chosen by AH's
               writer before AH was scored, alternating):
- ``ahdev``    AH's pages of four families (wheat purchase, qanats, rice paddies, wetlands and birds), open to
               development;
- ``ahheld``   AH's other four families (IPOs, marathons, the Arbaeen walk, bodybuilding gyms): HELD OUT like
               ``b``, only scored. ``ah`` (all eight) is then half-seen.
- ``ai``       family set AI (``tests/site_families_ai.py``, seed 311, tables in ``site_families_ai_tables.py``),
               written blind to the extractor and running no earlier set's frame: pages as a browser's «Save page
               as» or a crawler delivers the big Persian agencies and dailies (invented hosts and names, imitated
               structure): land subsidence, the football transfer market, the phone registry, home appliances, elite
               emigration, infertility care, online shopping, the rial and the forex market. HTML articles of 90-220
               KB in one of four CMS markups a host (an agency CMS with ``item-`` classes and ``summary introtext``
               leads, the dailies' ``news_path`` / ``rutitr`` / ``subtitle`` / ``body`` with justified ``<div>``
               paragraphs, a Next.js site with ``<span>`` runs and the story again in ``__NEXT_DATA__``, WordPress
               with Gutenberg comments and Yoast's ``@graph``), each with the whole real chrome: a full head (og:,
               article:, twitter:, JSON-LD NewsArticle and BreadcrumbList disagreeing in small ways: og:title with the
               site's name or surtitle, the lead cut «…», ``articleSection`` the parent service,
               ``article:published_time`` in UTC on some hosts), inline CSS and scripts, a state JSON blob, an SVG
               sprite, a top bar with prices, a mega menu of 100+ links, a ticker, ad slots with Persian ad text,
               the breadcrumb, surtitle, lead box, a date row (five styles; an «آخرین به‌روزرسانی» date beside it on
               some hosts), «کد خبر: …», views, a reporter line, a photo with its caption and photographer, «بیشتر
               بخوانید» boxes between paragraphs, a gallery, an Aparat embed, «انتهای پیام», the agency's credit
               (source line, logo alt, «به نقل از …»), tags, short link, share row, related / other news of the
               service / most read / most commented / latest lists with times, the family's price box, comments and
               their form, a big footer (address, phone, postcode, apps, channels, licence line, trust seal). About a
               third of the pages are the same page as a crawler's text dump (a line per block, menus included).
               Negatives: a service's listing, a 404 page in the whole chrome, a CDN's browser check. Split (chosen
               by AI's writer before AI was scored, alternating):
- ``aidev``    AI's pages of four families (land subsidence, phone registry, elite emigration, online shopping),
               open to development;
- ``aiheld``   AI's other four families (football transfers, home appliances, infertility care, forex and the
               rial): HELD OUT like ``b``, only scored. ``ai`` (all eight) is then half-seen.
- ``aj``       family set AJ (``tests/site_families_aj.py``, seed 317, tables in ``site_families_aj_tables.py``),
               written blind to the extractor, running no earlier set's frame: kinds of the Persian news web no set
               had, modelled on real pages' structure (invented hosts, names; corpus stories): the Persian services of
               broadcasters abroad (topic link over the headline, the writer's role on its own line, «۱۲ آذر ۱۴۰۵ -
               ۳ دسامبر ۲۰۲۶» or a Gregorian day alone, ``<time datetime>`` in UTC (``…Z``) beside the Tehran time
               shown, a channel showing only «… گرینویچ», «منبع تصویر، …» / «توضیح تصویر، …», «مطالب پیشنهادی» boxes
               inside the story, «موضوعات مرتبط», «حق نشر ©» footers, a big page-state JSON, «(رویترز)» closing an
               agency's story), old sites (``<table>`` layout, ``<font>``, ``charset=windows-1256`` and pages in those
               bytes, Arabic ي/ك throughout, Latin digits, «سرويس:» / «تاريخ انتشار:» rows, ``<br><br>`` paragraphs),
               provincial portals on cheap CMSs and their print («نسخه قابل چاپ», «آدرس مطلب:») and AMP versions
               (``<html ⚡>``, ``amp-img``, ``amp-sidebar``), and flat text as tools deliver it (a whole page
               pasted; a reader view: domain, title, site, «… دقیقه مطالعه», byline, date on some hosts; a Common
               Crawl WET record with its ``WARC-Date`` the crawl's). Subjects: the nuclear talks, the refugee route,
               Caspian sturgeon, saffron export, dust storms, pistachio orchards, heat waves and blackouts, the Asiatic
               cheetah. Gold: a page showing only a UTC time has the UTC day (+00:00, the page's own time); a reader
               view has no section (nor a date where it shows none). Split (chosen by AJ's writer before AJ was scored,
               alternating):
- ``ajdev``    AJ's pages of four families (nuclear talks, Caspian sturgeon, dust storms, heat waves and blackouts),
               open to development;
- ``ajheld``   AJ's other four families (refugee route, saffron export, pistachio orchards, cheetah conservation):
               HELD OUT like ``b``, only scored. ``aj`` (all eight) is then half-seen.
- ``ak``       family set AK (``tests/site_families_ak.py``, seed 331, tables in ``site_families_ak_tables.py``),
               written blind to the extractor, running no earlier set's frame: kinds of the real Persian web no set
               had, modelled on real pages' structure (invented hosts, names; corpus stories): Afghan (Dari) news
               sites (Dari chrome, Afghan solar months «۱۴ قوس ۱۴۰۵» with the Kabul clock and ``<time>`` at +04:30, a
               Dari service's weekday and day with ``<time datetime>`` in UTC, a daily's Gregorian day in Dari month
               names «۵ دسمبر ۲۰۲۶» beside the Afghan day), university and court portals (``*.ac.ir``, ``*.gov.ir``:
               «صفحه اصلی > اخبار > …», the department over the headline, «کد خبر | تاریخ انتشار | تعداد بازدید» on
               one line, «خلاصه خبر», «روابط عمومی …» under the story, attachments, a footer with address and
               postcode), specialist sites (a live-score widget and a match box with set scores; a price ticker and a
               price table inside the story with its own «آخرین به‌روزرسانی»; a spec box «مشخصات فنی» and «زمان
               مطالعه»), Blogfa/Blogsky posts (the day in words «شنبه چهاردهم آذر ۱۴۰۵», «موضوع: …» the section,
               «نوشته شده در ساعت … توسط …», «نظرات (۳)», a signature, archive by month, «لینک دوستان»), forum threads
               whose first post republishes a story (breadcrumb «انجمن › … › …», user box, a 12-hour date «… ۰۲:۵۹
               ب.ظ», «منبع: …», the poster's signature, replies with later dates), and a news aggregator quoting a
               story whole («منبع: …» the agency, «مشاهده در منبع»); flat text as a whole page pasted or a WET record.
               Subjects: Kabul's water, Afghan returnees, university dorms, dispute-resolution councils, the
               volleyball league, steel prices, home solar panels, electric motorbikes. Gold: an Afghan page's day and
               instant are Kabul's (+04:30); a price table's update, forum replies and ``WARC-Date`` are no story date.
               Split (chosen by AK's writer before AK was scored, alternating):
- ``akdev``    AK's pages of four families (Kabul's water, university dorms, volleyball league, home solar), open to
               development;
- ``akheld``   AK's other four families (Afghan returnees, dispute councils, steel market, electric motorbikes): HELD
               OUT like ``b``, only scored. ``ak`` (all eight) is then half-seen.
- ``al``       family set AL (``tests/site_families_al.py``, seed 347, tables in ``site_families_al_tables.py``),
               written blind to the extractor, running no earlier set's frame: kinds of the real Persian web no set
               had, modelled on real pages' structure (invented hosts, names; corpus stories), one shape a host, every
               shape on a host of each half: a MediaWiki news wiki (tabs, sidebar tools, ``firstHeading``, the day in
               bold as the story's first line, «[ویرایش]» headings, «منابع» citing the agency, «رده‌ها» whose first
               category is the section, a «آخرین‌بار … ویرایش شده است» footer), a daily's e-paper (the issue line in
               three calendars, «صفحه ۳ - <service>», and its PDF as ``pdftotext`` gives it: page number, masthead,
               the story hard-wrapped at the column, other stories' headlines around it, «ادامه در صفحه N»), a
               company's press room («اطلاعیه مطبوعاتی», a dateline line, «###», the «درباره …» paragraph under every
               release, media contact), a stock-exchange disclosure portal (label / value cells, «سال مالی منتهی به»,
               «تاریخ ارسال» beside «تاریخ انتشار … ۱۰:۲۳:۴۵»), sponsored «رپورتاژ آگهی» pages behind a cookie banner,
               a mailing list's archive (HyperKitty-like, English dates «Dec. 5, 2026, 10:23 a.m.») and its raw mail
               (``From`` / ``Subject: [list] …`` / ``Date: Sat, 05 Dec 2026 10:23:00 +0330``, the signature after
               «--», the list footer), Telegraph pages (``<time datetime>`` in UTC shown «December 05, 2026»), text-only
               lite sites («انتشار: ۱۴۰۵.۰۹.۱۴ - ۱۰:۲۳»), archive.today captures (the toolbar with the capture's UTC
               time over the captured page), crowdfunding campaigns (progress, donors, later updates with their own
               dates), petitions (signature box, «آخرین امضاها») and an Instagram viewer's post pages (app-install bar,
               the caption as the story, hashtags, ``<time datetime>`` in UTC); flat text also as a whole page pasted
               or a WET record. Subjects: metro lines, bank mergers, the paper industry, flood relief, stray animals,
               telecom tariffs, the Zagros wildfires, rare diseases. Gold: no section on a Telegraph page, a mail or a
               post; «رپورتاژ آگهی» the section of a sponsored page; a wiki's last edit, an archive's capture, a fiscal
               year's end, campaign updates and ``WARC-Date`` are no story date. Split (chosen by AL's writer before AL
               was scored, alternating):
- ``aldev``    AL's pages of four families (metro lines, the paper industry, stray animals, the Zagros wildfires), open
               to development;
- ``alheld``   AL's other four families (bank mergers, flood relief, telecom tariffs, rare diseases): HELD OUT like
               ``b``, only scored. ``al`` (all eight) is then half-seen.
- ``am``       family set AM (``tests/site_families_am.py``, seed 349, tables in ``site_families_am_tables.py``),
               written blind to the extractor, running no earlier set's frame: kinds of the real Persian web no set had,
               modelled on real pages' structure (invented hosts, names; corpus stories), one shape a host, every shape
               on a host of each half: documents published to the web (Google Docs' «Publish to the web» page: title
               banner, «Title» / «Subtitle» styles, a bulletin line, the day as a line of its own or none, «Published
               using Google Docs | Report abuse»; a self-hosted document server's), Notion public pages (top-bar trail
               with the headline, property rows «تاریخ | December 5, 2026 10:23 AM», «دسته», tags, a «💡» callout), Wix
               blog posts (the free plan's banner, the blog's category bar listing every category, «author ۵ دسامبر ۲۰۲۶
               · ۲ دقیقه مطالعه», the post's category under it), Telegram Desktop's HTML export of a channel
               (``messages.html``: service day lines «5 December 2026», clocks with ``title="… UTC+03:30"``, the story
               one message among short posts, forwarded from an agency's channel) and WhatsApp chat exports as text
               («12/5/26, 10:23 - name: …», two-digit years, chat before and after), paste sites («Dec 5th, 2026»,
               numbered lines, a «RAW Paste Data» box repeating the text), thread-unroll pages (a post a paragraph, the
               UTC day and a Unix ``data-time``), AMP web stories (``amp-story`` pages, the cover's kicker, JSON-LD),
               sports match centres (today's date in three calendars over the header, the scoreboard with the kick-off,
               line-ups and minute-by-minute around the match report and its «انتشار») and academic conference sites
               (the conference's days, «تاریخ‌های مهم» deadlines, «تاریخ انتشار: ۰۵/۰۹/۱۴»); flat text also as a whole
               page pasted or a WET record. Subjects: beach football, pension funds, science museums, water polo,
               medical tourism, snowbound roads, dairy prices, school buses. Gold: no section on a published document,
               an export, a chat, a paste, a thread or a conference's news; a kick-off, a conference's days and
               deadlines, the other messages' clocks, today's date and ``WARC-Date`` are no story date. Split (chosen by
               AM's writer before AM was scored, alternating):
- ``amdev``    AM's pages of four families (beach football, science museums, medical tourism, dairy prices), open to
               development;
- ``amheld``   AM's other four families (pension funds, water polo, snowbound roads, school buses): HELD OUT like
               ``b``, only scored. ``am`` (all eight) is then half-seen.
- ``an``       family set AN (``tests/site_families_an.py``, seed 353, tables in ``site_families_an_tables.py``),
               written blind to the extractor, running no earlier set's frame: kinds of the real Persian web no set
               had, modelled on real pages' structure (invented hosts, names; corpus stories), one shape a host, every
               shape on a host of each half: LinkedIn articles seen logged out (English chrome, «Published Dec 5,
               2026», the author's box, «More articles by …» with their days, the instant in JSON-LD), Substack posts
               (the post's section over the headline, the subtitle, «Dec 5, 2026», the subscribe box, «Discussion about
               this post»), a Bale channel's web view (the story one post among the channel's posts of a day line «۱۴
               آذر ۱۴۰۵», views and clocks, «بازارسال از …»), Moodle sites' news forums (guest bar, breadcrumb with
               ``/`` or ``►``, «توسط … - شنبه، ۱۴ آذر ۱۴۰۵، ۱۰:۲۳ ق.ظ», upcoming events, recent news), Facebook pages'
               posts on the basic mobile site (the headline the post's first line, «۵ دسامبر ۲۰۲۶ ساعت ۱۰:۲۳ · 🌍»,
               hashtags, comments aged «۳ سال»), Mastodon statuses (the UTC clock «Dec 05, 2026, 06:53», replies with
               their clocks, the account's older toots), Reddit posts (the flair over the title, only «3y ago» visible,
               the instant in ``<time datetime>``, sidebar and comments) and Google Sites pages (skip links, the site's
               nav of every section, the parent page's banner, a date line or none, «Report abuse | Page details»);
               flat text as a whole page pasted or a WET record. Subjects: glass recycling, dialysis patients, archery
               clubs, Lake Urmia, civil drones, tuberculosis care, hot springs, table tennis. Gold: a section only on a
               Substack post, a Reddit flair or a Google Sites page; a Substack subtitle the only lead; no day on a
               Reddit post's flat text nor a Google Sites page without its line; the other posts', replies' and
               comments' dates, a Moodle site's events, relative ages and ``WARC-Date`` are no story date; negatives
               include a LinkedIn job posting and Bale's install page. Split (chosen by AN's writer before AN was
               scored, alternating):
- ``andev``    AN's pages of four families (glass recycling, archery clubs, civil drones, hot springs), open to
               development;
- ``anheld``   AN's other four families (dialysis patients, Lake Urmia, tuberculosis care, table tennis): HELD OUT
               like ``b``, only scored. ``an`` (all eight) is then half-seen.
- ``ao``       family set AO (``tests/site_families_ao.py``, seed 359, tables in ``site_families_ao_tables.py``),
               written blind to the extractor, running no earlier set's frame: kinds of page the real Persian web hands
               a corpus builder that no set had, one kind a family (three hosts differing in the kind's variants), four
               HTML and four flat text, each half of the split two of each: YouTube watch pages (the story the
               description, ONE span whose paragraphs are split by blank lines; «12,345 views  Dec 5, 2026», «۵ دسامبر
               ۲۰۲۶» or «Premiered …»; ``datePublished`` in Pacific time; comments and «Up next» with their ages), Jina
               Reader dumps («Title: … | site», «URL Source:», «Published Time:» on two hosts, «Markdown Content:», the
               whole page as markdown: menu links, a trail or a category link, the headline underlined with «=», images,
               tags, «### اخبار مرتبط»; a Cloudflare challenge among the negatives), Joplin web clips in Joplin's raw
               export (the headline, the clipped page with its date line or none, then «id:», «created_time: …Z» (the
               clip's), «source_url:», «type_: 1»), Medium posts (English chrome, «Member-only story», the subtitle, «6
               min read · Dec 5, 2026», claps, tags, «More from …» with their days, «Recommended from Medium»), Internet
               Archive item pages (the description holds the story; «Publication date 2026-12-05» or only the year;
               «Addeddate», «Uploaded by … on …», reviews, downloads, similar items), Mailchimp campaigns' text versions
               («View this email in your browser (…)», «** » headings and dashed rules, the issue's day, a fixed rubric,
               the story, the other items, the footer and «unsubscribe»), news pages printed to PDF by a browser, as
               text (each page's print header with the printing time «12/11/26, 11:42 AM» or «۱۴۰۵/۹/۲۰، ۱۱:۴۲» and the
               tab's title, the page's lines with the story wrapped at the page's width, the footer's URL and «1/3»,
               form feeds) and Jekyll blogs on GitHub Pages (minima, Chirpy with its description, «Posted» and
               «Updated», the category at the tail; a Persian theme with «دسته: …»). Subjects: wheelchair basketball,
               desert greening, ride hailing, indie games, oral history, specialty coffee, tax filing, free software.
               Gold: a section only from a Jina dump's trail or category link, a printed trail or a Jekyll category; the
               lead a Medium subtitle, a Chirpy description or a lead shown apart; no day on a clip without its date
               line nor an archive item showing only a year; a clip's ``created_time``, «Addeddate» and the upload day,
               print headers, «Updated», comments' and related items' days and ages are no story date. Split (chosen by
               AO's writer before AO was scored, alternating):
- ``aodev``    AO's pages of four families (wheelchair basketball: YouTube; ride hailing: Joplin clips; oral history:
               Internet Archive; tax filing: printed pages), open to development;
- ``aoheld``   AO's other four families (desert greening: Jina dumps; indie games: Medium; specialty coffee: Mailchimp
               text; free software: Jekyll): HELD OUT like ``b``, only scored. ``ao`` (all eight) is then half-seen.
- ``ap``       family set AP (``tests/site_families_ap.py``, seed 367, tables in ``site_families_ap_tables.py``),
               written blind to the extractor, running no earlier set's frame: kinds of page no set had, one kind a
               family (three hosts differing in the kind's variants), six HTML and two flat text: Virgool posts (the
               writer «دنبال کردن», «۱۴ آذر ۱۴۰۵», «زمان مطالعه: ۴ دقیقه», tags «#…», likes, «منتشر شده در انتشارات …»,
               «نوشته‌های بیشتر از …» and «پست‌های مرتبط» with their days), Aparat video pages (the description the
               story, split by ``<br><br>``; «۱۲٫۳ هزار بازدید · ۳ روز پیش» with the day in JSON-LD, a «تاریخ انتشار:»
               line or nothing; «دسته‌بندی: …»; recommended videos with durations «۰۳:۲۴»), Wayback Machine captures
               (the ``wm-ipp-base`` toolbar «The Wayback Machine - https://web.archive.org/web/2024…/…», «captures»,
               «Go», «NOV DEC JAN», «COLLECTED BY», links rewritten to ``/web/<timestamp>/…``, then a captured news
               page; a copy as text on some), ``lynx -dump`` and ``w3m -dump`` of news pages (numbered links «[12]…»,
               «* » and «• » menus, «[IMG]», «IFRAME:», the story indented and wrapped at 72–80 columns,
               «References»), Hugo sites' Markdown sources (YAML ``---`` or TOML ``+++`` front matter: ``title``,
               ``date`` with its offset or the day, ``lastmod``, ``draft``, ``description``, ``categories``; shortcodes
               ``{{< figure … >}}``, ``<!--more-->``), pages saved with SingleFile (the comment «Page saved with
               SingleFile … saved date: …», inlined styles, ``data:`` URIs, ``<noscript>``, a cookie banner, a news,
               magazine or blog layout), Discourse topics (the crawler view: a category badge, on one host under a
               parent, ``<time datetime="…Z">December 5, 2026,  6:53am</time>`` in UTC, «1 Like», «Reply», replies,
               «Related topics» / «Suggested Topics» tables; a rendered Persian page with ages «۲ سال» and the instant
               in ``data-time``) and Ghost posts (Casper and Source: the primary tag over the title, the excerpt,
               «Dec 5, 2026 • 5 min read» or «۵ دسامبر ۲۰۲۶ · ۵ دقیقه مطالعه», «Subscribe», «You might also like»;
               members-only posts cut at «This post is for subscribers only»). Subjects: bird migration, sleep
               health, solar rooftops, futsal league, Caspian fisheries, urban gardening, carpet weaving, railway
               freight. Gold: a section from a primary tag, a Discourse category (the topic's own, not its parent), an
               Aparat category, a trail or kicker, a Hugo ``categories`` value; none on a Virgool post; the lead an
               excerpt, a ``description``, a standfirst or a lead shown apart; no day on the mobile Aparat page nor on
               a text copy whose day was only in markup; a paywalled post's body the preview it shows (one with no
               preview a negative); a capture's timestamp, a saved date, ``lastmod``, a masthead's today, replies',
               comments' and related items' days and ages are no story date. Split (drawn before AP was scored by a
               seeded shuffle of the families, ``random.Random("ap-split:367")``, alternating over it; each half has
               one flat-text kind):
- ``apdev``    AP's pages of four families (bird migration: Hugo sources; solar rooftops: Discourse; Caspian
               fisheries: Wayback captures; carpet weaving: SingleFile pages), open to development;
- ``apheld``   AP's other four families (sleep health: Ghost; futsal league: Aparat; urban gardening: Virgool;
               railway freight: lynx / w3m dumps): HELD OUT like ``b``, only scored. ``ap`` (all eight) is then
               half-seen.
- ``aq``       family set AQ (``tests/site_families_aq.py``, seed 373, tables in ``site_families_aq_tables.py``,
               built by AP's loop, ``family_frames.build_set``), written blind to the extractor: kinds of page no
               set had, one kind a family (three hosts differing in the kind's variants), dates and sections shown
               as sites show them: Blogger posts (the date header in Persian Gregorian, a Jalali plugin's or the
               mobile view's «دسامبر ۰۵، ۲۰۲۶», «ارسال شده توسط … در ۱۲:۴۰ ب.ظ», labels (no section; one theme's
               trail «خانه › …»), «۳ نظر», «پست جدیدتر / پست قدیمی‌تر», «اشتراک در: نظرات پیام (Atom)», the archive
               widget, «درباره من»), government portals (DNN, Sitefinity, a provincial company: «کد خبر», «تعداد
               بازدید», a header's today with its Hijri day, «تاریخ انتشار: ۰۵/۰۹/۱۴ - ۱۰:۳۰», «شنبه ۱۴ آذر ۱۴۰۵ ساعت
               ۱۰:۳۰ - ۲۳ جمادی‌الثانی ۱۴۴۸», «1405/09/14 - 10:30», trails «>» and «|», «سرویس: …», deep menus,
               «روابط عمومی …», «آخرین اخبار», the footer's address), podcast episode pages (the show, «قسمت ۴۲»,
               the player «پخش / دانلود / ۴۵:۱۲», the show notes the story, chapters «۰۰:۰۰ مقدمه», «قسمت‌های دیگر»;
               an age with the day in JSON-LD, Arabic-Indic «١٤٠٥/٠٩/١٤», English «Dec 5, 2026 · 45 min»), cache
               views (Google's «This is Google's cache of … as it appeared on 12 Nov 2025 …», Bing's, Google's
               text-only version, over news pages with «›» and «|» trails, «موضوع: …», «شنبه … ساعت …», an age with
               the instant in ``<time datetime>``), syndication portals (the provider over the headline, «© …»,
               «ارائه شده توسط …», an age with the instant only in ``article:published_time``, «مطالب پیشنهادی»
               with other providers), Eitaa / Rubika / Soroush channel views (members «۱۲٫۳K عضو», neighbouring
               posts, the long post the story, hashtags, «👁 ۱۲٫۳K», «ویرایش شده», «۱۴:۲۰» under a day separator or
               a weekday, «۰۵/۰۹/۱۴ - ۱۴:۲۰»), shop magazines (trails «… / موبایل / …», «دسته‌بندی: …», «خانه |
               …»; «به‌روزرسانی: …», «زمان مطالعه», product boxes «قیمت: … تومان», «مشاهده در …», stars, the author
               box, the newsletter box) and e-book store pages (the book's rows «نویسنده / مترجم / ناشر», «تاریخ
               انتشار:» or «تاریخ نشر:» in Arabic-Indic digits or none, price, «۴٫۲ از ۵ (۳۱۲ رأی)», «درباره کتاب»
               the story, «بخشی از کتاب», reviews with their days, «کتاب‌های مشابه»). Subjects: water ministry,
               smartphone reviews, flood warnings, calligraphy blogs, history podcasts, Persian novels, currency
               market, pilgrim caravans. Gold as AP's: no section on a blog without a trail, a channel, a podcast or
               store page without one; a header's today, a snapshot's date, «به‌روزرسانی», archive widgets,
               comments', reviews', neighbouring posts' and related items' days and ages are no story date; no day
               on a text copy of a page with the day only in markup nor on the undated store. Split (drawn before
               AQ was scored by a seeded shuffle of the families, ``random.Random("aq-split:373")``, alternating):
- ``aqdev``    AQ's pages of four families (water ministry: government portals; flood warnings: cache views; history
               podcasts: podcast pages; currency market: syndication portals), open to development;
- ``aqheld``   AQ's other four families (smartphone reviews: shop magazines; calligraphy blogs: Blogger; Persian
               novels: e-book stores; pilgrim caravans: channel views): HELD OUT like ``b``, only scored. ``aq``
               (all eight) is then half-seen.
- ``ar``       family set AR (``tests/site_families_ar.py``, seed 379, tables in ``site_families_ar_tables.py``,
               built by ``family_frames.build_set``), written blind to the extractor, titles and sections harder than
               AQ's (kickers over headlines that are no section, the site's name and tagline over the headline,
               ``<title>`` unlike the headline, a section only in a trail, a «سرویس:» / «موضوع:» label or the menu
               item markup marks current): live blogs (a kicker «پوشش زنده», the pinned summary the lead, «خلاصه
               رویدادها», updates newest first under their times, «آخرین به‌روزرسانی», «شروع پوشش: … ساعت …», an age
               with the instant in ``<time datetime>``, «۰۵/۰۹/۱۴ - ۰۸:۰۰»), photo-news pages («گزارش تصویری»,
               «عکاس: …», the text over the gallery the story, «۳ از ۲۴», captions, «دانلود با کیفیت اصلی», a Hijri
               day), Word-exported HTML (``MsoNormal``, ``<o:p>``, ``mso-`` styles, the document's created and saved
               times in a conditional comment, «بسمه تعالی» as ``<title>``, «شماره / تاریخ / پیوست», and «Save as
               Plain Text» copies), forwarded mails (Gmail's print view with the forward's time and the forwarded
               «Date:» the story's instant, a Persian webmail's «از / تاریخ / موضوع» over a pasted story with its own
               date, a phone's «Sent from my iPhone» / «Begin forwarded message:» / «> Date: …» text), feed readers
               (Feedly «2h» with the instant in markup, Inoreader «Sat, Dec 5, 2026 10:23», a Persian reader with
               «سرویس: …»; the feed's name the agency, «Visit website», «Read later», «Mark as read», «مطالب بعدی در
               این خوراک»), journal article pages (the journal, «دوره …، شماره …، پاییز ۱۴۰۵، صفحات …», authors and
               affiliations, «چکیده» the story, «کلیدواژه‌ها», received and accepted days, «تاریخ انتشار» or none,
               «ارجاع به مقاله» with the title inside, counts, «مقالات مرتبط»), religious Q&A pages («کد سایت …»,
               «پرسش» the lead, «پاسخ اجمالی» / «پاسخ تفصیلی» the story, «تاریخ ثبت پرسش», «موضوعات» tree, a Hijri
               day) and translate-proxy views (Google's toolbar and ``<font style="vertical-align: inherit;">``
               wrapping, Bing's frame, a text copy). Subjects: startup feeds, alumni forwards, soil science, school
               newsletters, fasting questions, wildlife photos, Tehran marathon, diaspora translated. Split (drawn
               before AR was scored by a seeded shuffle of the families, ``random.Random("ar-split:379")``,
               alternating):
- ``ardev``    AR's pages of four families (startup feeds: feed readers; soil science: journal pages; fasting
               questions: religious Q&A; Tehran marathon: live blogs), open to development;
- ``arheld``   AR's other four families (alumni forwards: forwarded mails; school newsletters: Word HTML; wildlife
               photos: photo-news pages; diaspora translated: translate proxies): HELD OUT like ``b``, only scored.
               ``ar`` (all eight) is then half-seen.
- ``as``       family set AS (``tests/site_families_as.py``, seed 383, tables in ``site_families_as_tables.py``,
               built by ``family_frames.build_set``), written blind to the extractor, titles and sections harder than
               AQ's (kickers over some headlines, gold ``surtitle`` and no section; the site's name and tagline over
               the headline; a ``<title>`` cut short or led by the kicker; a section only in a trail, a «سرویس:» /
               «موضوع:» / «دسته‌بندی:» label, or the menu item the markup marks current (``class="active"``,
               ``aria-current``)): infinite-scroll news pages (the story, then one or two appended stories with their
               headlines, date lines and paragraphs after «خبر بعدی», «ادامه مطالب» or no divider: not body; their
               headlines and date lines chrome, their paragraphs neither), single-page apps (Next.js
               ``__NEXT_DATA__`` with the article, the DOM its first paragraphs and a skeleton «در حال بارگذاری…»;
               JSON-LD ``articleBody`` under a skeleton with an age; ``window.__NUXT__``; text copies of the
               rendered page; gold the whole article), interviews (an intro lead, bold questions, «خبرنگار:» /
               «- » questions and the interviewee's name before answers: all body; «گفت‌وگو از: …», photo captions
               with «عکس: …», the kicker «گفت‌وگوی اختصاصی», a Hijri day and «به‌روزرسانی»), lifestyle listicles
               (numbered subheadings body, «بیشتر بخوانید: …» and ad slots inside the body, «منبع: …», stars, «این
               مطلب چقدر مفید بود؟», the author box, «آخرین بروزرسانی»), forwarded news in Outlook web, Yahoo and
               Roundcube print views (the forward's «تاریخ:» no story date; the story pasted with its agency's header,
               its own date line, «انتهای پیام/», «لینک خبر: …»), LibreOffice / Google Docs / Word 2007 filtered HTML
               (``class="western"``, ``class="c3"`` spans, ``MsoNormal`` ``lang=FA``, tables of contents, footnotes,
               Word's header repeated after a page break, «بخشنامه شماره … مورخ ۱۴۰۵/۰۹/۱۴»), photo galleries with
               little text (10-30 captions, «عکس: …» per photo, «تعداد تصاویر: ۱۸», «مشاهده در اندازه واقعی»,
               «۳ / ۱۸», EXIF lines on a photographer's blog) and proxy views (a web proxy's English «Enter URL» /
               «Remove scripts» bar repeated at the end and ``browse.php`` links; Yandex's and Bing's translated
               frames with ``<base>``) over a Persian weekly. Subjects: saffron harvest, esports league, veteran
               actors, home remedies, teacher unions, university circulars, nomad migration, banned weeklies. Split
               fixed by the brief before AS was scored (its kinds 1-4 open, 5-8 held):
- ``asdev``    AS's pages of four families (saffron harvest: infinite scroll; esports league: single-page apps;
               veteran actors: interviews; home remedies: listicles), open to development;
- ``asheld``   AS's other four families (teacher unions: forwarded mails in other webmails; university circulars:
               LibreOffice / Google Docs / Word 2007 HTML; nomad migration: photo galleries; banned weeklies: proxy
               and translated views): HELD OUT like ``b``, only scored. ``as`` (all eight) is then half-seen.
- ``at``       family set AT (``tests/site_families_at.py``, seed 389, tables in ``site_families_at_tables.py``,
               built by ``family_frames.build_set``), written blind to the extractor, titles, sections and dates as
               hard as AS's (kickers over some headlines, gold ``surtitle`` and no section; the site's name and tagline
               over the headline; a ``<title>`` led by the kicker, cut short or a file name; a section only in a trail,
               a «سرویس:» / «بخش:» label, or the menu item the markup marks current; two-digit Jalali years, weekdays
               and «ساعت», a Hijri day beside the Jalali one, ages with the instant only in markup, «به‌روزرسانی», a
               header's today, a mail's or a clipping's own date beside the story's). Kinds 1-4 revisit the kinds the
               last blind sets scored worst on: forwarded news in Thunderbird's print output, a Persian webmail and a
               plain-text list mail («> » quotes wrapped at 72 columns, «-------- پیام اصلی --------»; the pasted
               story's agency header, date line and «انتهای پیام/»), document exports (pdftohtml pages with ``<br/>``
               hard wraps, running headers and page numbers; pdftotext circulars with a form feed and «صفحه ۱ از ۲»;
               UnRTF press releases), video pages of agencies and broadcasters (the player «۰۰:۰۰ / ۰۳:۲۴», «کیفیت:
               ۷۲۰p | ۴۸۰p», «تعداد بازدید», «متن گزارش», playlists with durations and days) and mirror views (a
               CroxyProxy-like frame, a mirror domain's «نسخه آینه» banner, a «Save page as» copy with ``<!-- saved
               from url=… -->``). Kinds 5-8 are new: OCR'd newspaper clippings (a monitoring portal's fields and OCR
               text with ``<br>`` wraps and words broken after a ZWNJ, «بریده جراید» text files, scanned pages' text
               with the neighbouring column between paragraphs; the issue's day the story's), app share / deep-link
               landing pages (store badges, the story whole or cut after two or three paragraphs: gold what the page
               shows), comment-heavy stories (20-60 comments longer than the story under wpDiscuz, a news CMS or
               Disqus: chrome) and columnist pages (the column's name as kicker, the author's card, a pull quote, an
               editor's note, «سایر یادداشت‌های این نویسنده»). Subjects: dairy cooperatives, customs circulars,
               wrestling clips, Aras mirrors, bread clippings, metro app, tenant rights, pension columns. Split fixed
               by the brief before AT was scored (its kinds 1-4 open, 5-8 held):
- ``atdev``    AT's pages of four families (dairy cooperatives: forwarded mails; customs circulars: document exports;
               wrestling clips: video pages; Aras mirrors: proxy, mirror and saved copies), open to development;
- ``atheld``   AT's other four families (bread clippings: OCR'd clippings; metro app: app landing pages; tenant
               rights: comment-heavy pages; pension columns: columnist pages): HELD OUT like ``b``, only scored.
               ``at`` (all eight) is then half-seen.
- ``au``       family set AU (``tests/site_families_au.py``, seed 397, tables in ``site_families_au_tables.py``,
               built by ``family_frames.build_set``), written blind to the extractor: eight kinds of page no set had,
               one kind a family (three hosts differing in the kind's variants), the news as a crawl of other systems'
               pages delivers it: wire feeds in newsrooms (a wire monitor listing the day's items with their clocks,
               sources and priorities beside the open item, «زمان ارسال: ۱۴۰۵/۰۹/۱۴ - ۱۰:۲۳:۱۲» and a «زمان دریافت»
               clock; a teletype take as text, «ZCZC» / «NNNN», paragraphs indented and hard-wrapped with no blank line
               between them, the stamp «0653GMT 05 DEC 26» in UTC; an item's print view with a later «تاریخ چاپ»),
               JSON API responses crawled as text (WordPress's ``/wp-json/wp/v2/posts/N`` on one line with ``\\uXXXX``
               escapes, ``content.rendered`` HTML, ``date`` beside ``date_gmt`` and ``modified``, an auto excerpt
               «… [&hellip;]» that is no lead, Yoast's ``yoast_head_json``, ``_embedded`` terms; a news app's API
               pretty-printed with ``serviceTitle``, ``rootitr``, body blocks and captions; Next.js
               ``/_next/data/…json`` with ``publishedAt`` in UTC), aggregators' story-cluster pages (the story from one
               source, then «این خبر در N رسانه دیگر» with near-identical headlines of other outlets and their clocks
               or ages; a two-paragraph teaser; a «روند خبر» timeline of earlier days), help-centre articles (Zendesk:
               an age with the UTC instant in ``<time datetime>``; Freshdesk: «ایجاد: … | آخرین ویرایش: …»; Intercom:
               the title as the trail's last step, a description, «به‌روزرسانی بیش از یک هفته پیش» and no day), news
               pages saved with their HTTP exchange (``wget --save-headers``, ``curl -i`` over a CDN, a WARC response
               record with chunk sizes between the page's parts; ``Date``, ``Last-Modified``, ``WARC-Date`` no story
               date), fact-check pages (a claim box with «تاریخ ادعا» an earlier day, «حکم», a verdict meter,
               ClaimReview JSON-LD, «منابع» with days), document viewers (a PDF.js viewer's ``textLayer`` of a span a
               line; a document-sharing page with an upload day and «متن کامل سند»; a text copy of the PDF) of a
               provincial bulletin, and stories with markup inside their paragraphs (search terms in ``<mark>``, an
               annotation proxy's ``<hypothesis-highlight>`` and sidebar quoting the story, glossary links with
               tooltips in ``data-`` attributes). Subjects: grain imports, EV chargers, migrant workers, internet
               outages, the cement market, health rumours, provincial budgets, water pricing. Split fixed by the brief
               before AU was scored (its kinds 1-4 open, 5-8 held):
- ``audev``    AU's pages of four families (grain imports: wire feeds; EV chargers: JSON APIs; migrant workers: story
               clusters; internet outages: help centres), open to development;
- ``auheld``   AU's other four families (cement market: HTTP exchanges; health rumours: fact checks; provincial
               budgets: document viewers; water pricing: marked-up stories): HELD OUT like ``b``, only scored.
               ``au`` (all eight) is then half-seen.
- ``av``       family set AV (``tests/site_families_av.py``, seed 409, tables in ``site_families_av_tables.py``,
               built by ``family_frames.build_set``), written blind to the extractor: eight kinds of page no set had,
               one kind a family (three hosts differing in the kind's variants): read-aloud news pages (every
               sentence of the story a ``<span class="tts-sentence">`` with its start time, or every word a span of a
               karaoke highlighter, or an audio page whose story is the collapsed transcript under the player; the
               player's durations, speeds, voice and a later «تاریخ تولید صدا»), news e-books (calibre's news
               download with its English navbar over and under the article, the feed's date «Sat, 05 Dec 2026
               10:23:00 +0330», the book's own later day in its header and «This article was downloaded by calibre
               from …»; an EPUB chapter's XHTML with ``epub:type`` page breaks between paragraphs and footnotes;
               ``ebook-convert`` text), web-archive captures (the Wayback Machine's toolbar with captures and the
               capture calendar, Arquivo.pt's Portuguese bar, a national archive's Persian banner; the capture's day no
               story date), broadcast scripts (a TV newsroom's print: slug, reporter, «تاریخ پخش», cues and narration
               in two columns, a later «تاریخ چاپ»; a radio script as text with «[VO]» / «[SOT: …]» cues between
               paragraphs; a teleprompter page with the air time), clipped stories in note apps' exports (Evernote's
               HTML with ``meta name="created"`` a later day and the note's fields; Google Keep with the note's time
               over the title and ``<br>`` paragraphs; OneNote's absolutely placed blocks with the note's own day and
               «پیوند: …»), edited stories (an edit tracker's versions with their times, the current text and the
               changes in ``<del>`` / ``<ins>``; «به‌روزرسانی» with the earlier version folded in ``<details>``; a
               dated «اصلاحیه» box), XML exports crawled as text (a WordPress WXR item with CDATA, the UTC ``pubDate``,
               ``post_date``, ``post_modified``, the category among tags; a Blogger Atom export with escaped HTML
               content, the section a lone label's ``term``; IPTC NewsML-G2 with ``firstCreated``, ``subject``,
               ``creditline`` and ``inlineXML`` paragraphs) and the small web (a Gemini capsule's gemtext with «=>»
               links, «↑ section» and «> » lead; a gopher text hard-wrapped; a Gemini-to-web proxy's page under its
               request details). Subjects: street trees, rail freight, Lake Hamun, night bakeries, seed banks,
               elevator safety, fishing ports, bicycle lanes. Split fixed by the brief before AV was scored (its kinds
               1-4 open, 5-8 held):
- ``avdev``    AV's pages of four families (street trees: read-aloud pages; rail freight: news e-books; Lake Hamun:
               web-archive captures; night bakeries: broadcast scripts), open to development;
- ``avheld``   AV's other four families (seed banks: note exports; elevator safety: edited stories; fishing ports:
               XML exports; bicycle lanes: Gemini and gopher): HELD OUT like ``b``, only scored. ``av`` (all eight) is
               then half-seen.
- ``aw``       family set AW (``tests/site_families_aw.py``, seed 421, tables in ``site_families_aw_tables.py``,
               built by ``family_frames.build_set``), written blind to the extractor, one kind a family (three hosts
               differing in the kind's variants). Kinds 1-4 are other makes of the classes AU's and AV's held families
               hold: page viewers with a text layer (a page-flip e-paper's article zone under the issue line
               «شماره … - weekday day», the page's rubric «صفحه ۳ — section», a zone map and running head and foot;
               Word Online's viewer with a running head and «صفحه ۱ از ۳» on every page and each paragraph in text
               runs; a scanned bulletin's OCR text as ``pdftotext`` writes it, hard-wrapped, with running heads,
               «- ۲ -» and form feeds between pages), feed exports read as text (an RSS 2.0 item with
               ``content:encoded`` CDATA, ``pubDate`` with its offset, the crawl's ``lastBuildDate``; a JSON Feed 1.1
               with escaped slashes, a later ``date_modified`` and the category in an extension object; a CMS news
               table as CSV with escaped HTML broken over lines in its ``body`` cell, ``created_at`` / ``updated_at``
               and a ``rotitr`` kicker), note exports holding a clipped story (an Obsidian web clip with YAML front
               matter, ``published`` the story's and ``created`` the clip's day, «# title», «> lead», a personal note
               and ``[[links]]``; an Evernote ENEX with the ENML note in CDATA, ``created`` and ``export-date`` later;
               a Notion HTML export's property table with a later «Created», «دسته» and an English «تاریخ خبر») and
               revision views (a MediaWiki diff of two columns over the current revision rendered with its date line,
               «منابع» and category box; WordPress's «مقایسه نسخه‌های …» screen, the title and content rows in two
               columns, no day nor section; a Google Docs version history, additions highlighted inline, versions
               with their times beside it; revision times no date). Kinds 5-8 are kinds no set had: transcribed news
               videos (a transcript export with speaker-and-timecode lines between paragraphs and the recording's later
               time under the title; a news video page with a timestamped transcript; a video host's page with views,
               an age whose instant is only in ``<time datetime>`` and the report in the description), chat exports
               holding a forwarded story (a web viewer of a WhatsApp export, a saved WhatsApp Web page with its
               forwarded label and day separators, a Telegram Desktop export with the forwarded post's time and a
               hashtag; other members share other stories' titles; chat days no date), Usenet (a raw article with its
               headers and ``Date``, the pasted story wrapped at 72 columns and a signature; a groups web view with
               the post's English time and a quoting reply; a web-news gateway with a header table and the story in
               ``<pre>``) and feature-phone pages (WML decks with the story over cards linked by «ادامه »»; XHTML
               Mobile Profile with a trail and numbered access keys; i-mode cHTML with a ``<marquee>`` of other
               titles). Subjects: dam reservoirs, airport delays, honey farms, taxi meters, desert locusts, bread
               queues, chess clubs, rural clinics. Split fixed by the brief before AW was scored (its kinds 1-4 open,
               5-8 held):
- ``awdev``    AW's pages of four families (dam reservoirs: page viewers; airport delays: feed exports; honey farms:
               note exports; taxi meters: revision views), open to development;
- ``awheld``   AW's other four families (desert locusts: video transcripts; bread queues: chat exports; chess clubs:
               Usenet; rural clinics: WAP pages): HELD OUT like ``b``, only scored. ``aw`` (all eight) is then
               half-seen.
- ``ax``       family set AX (``tests/site_families_ax.py``, seed 433, tables in ``site_families_ax_tables.py``,
               built by ``family_frames.build_set``), written blind to the extractor, one kind a family (three hosts
               differing in the kind's variants). Kinds 1-4 are other makes of the classes AU's and AW's held families
               hold: pages saved with their transport (a browser's HAR 1.2 file, the response body an escaped string
               in JSON beside the exchange's ``date`` / ``last-modified`` headers and ``startedDateTime``; a
               ``curl -v`` trace with ``*`` connection lines, the certificate's dates, ``>`` / ``<`` headers and then
               the page's HTML; a header checker's web view, request and response header tables over the page
               rendered under «محتوای صفحه (نمایش)»), fact checks (a five-step rating meter with the verdict marked,
               the claim with its claimant and its earlier day, «شواهد» / «بررسی» subheads, «روش کار ما», «منابع», a
               newsletter box and related checks with verdicts; a ClaimReview card with the badge's ``alt``, «چه کسی
               گفت؟ / کجا؟ / کی؟», the instant in JSON-LD and a later «آخرین به‌روزرسانی»; a weekly digest whose
               issue headline stands over the featured check, the week's other claims a line each), stories with
               marks inside or beside their paragraphs (a read-later app's highlights view, ``<mark>`` inside
               paragraphs and the reader's notes after them, the save day; a review view with comment anchors inside
               paragraphs and comment cards with authors and times in a margin column; a screen reader's speech log
               as text, landmarks, «پیوند» and «عنوان سطح ۱» on their own lines) and channel views (a Bale channel's
               web page with day separators, forwarded labels, views, clocks and a hashtag the section; a Mastodon
               thread, the story a long post, boosts, favourites, replies with ages, the instant in
               ``<time datetime>``; an X long post with «۱۰:۴۰ ق.ظ · ۵ دسامبر ۲۰۲۶», views, replies and trends).
               Kinds 5-8 are kinds no set had: a site's search results holding the top hit's whole story (a site
               search with the query, counts, filters and other hits with days and snippets; a results list beside a
               reading pane with the selected hit; a WordPress ``?s=`` archive, the top post whole, the others
               excerpts), CMS previews (WordPress's preview with the admin bar, «این یک پیش‌نمایش است» and an
               autosave time; a Drupal node with its tabs, «منتشر نشده» and «ارسال‌شده توسط … در …»; a newsroom
               CMS's preview beside an editor's sidebar: status, news code, registration instant, word count),
               data-story notebooks (nbconvert HTML with ``In [3]:`` code cells and outputs between the markdown
               cells; a Quarto page with its title block, «تاریخ انتشار» and a later «تاریخ ویرایش», categories, a
               table of contents and folded code; the raw ``.ipynb`` JSON) and a live blog's single-entry permalinks
               (the live page's headline over the entry's own, the entry's clock under the live day, previous and
               next entries; an AMP live list with the entry first; a focused entry over the feed's titles). Gold
               title the story's (the check's, the top hit's, the entry's; never a digest's, a search page's nor a
               live page's headline); transport headers, certificates, claims', saves', comments', replies',
               autosaves', edits' and other entries' times no date. Subjects: carpet exports, pension claims, qanat
               repairs, ferry routes, hail storms, olive groves, tree census, wildfire updates. Split fixed by the
               brief before AX was scored (its kinds 1-4 open, 5-8 held):
- ``axdev``    AX's pages of four families (carpet exports: saved transport; pension claims: fact checks; qanat
               repairs: marked-up stories; ferry routes: channel views), open to development;
- ``axheld``   AX's other four families (hail storms: search results; olive groves: CMS previews; tree census:
               notebooks; wildfire updates: live-entry permalinks): HELD OUT like ``b``, only scored. ``ax`` (all
               eight) is then half-seen.
- ``ay``       family set AY (``tests/site_families_ay.py``, seed 450, tables in ``site_families_ay_tables.py``,
               built by ``family_frames.build_set``), written blind to the extractor, one kind a family (three hosts
               differing in the kind's variants). Kinds 1-4 are other makes of AW's and AU's held classes: spoken
               stories' transcripts (a podcast episode page with a player, «شنیدن در» apps, a recording day before the
               publishing day and a timestamp button over each transcript paragraph; a WebVTT subtitle file as text,
               ``WEBVTT`` header, a ``NOTE`` with the programme's airing day, numbered cues with ``-->`` timings and
               wrapped cue text; a TV programme's transcript with speaker labels, stage directions, the airing day and
               a later rerun's), chat exports (a WhatsApp ``.txt`` export, «[۱۴۰۵/۰۹/۱۶، ۰۹:۱۲:۳۳] name: …» lines
               around one long forwarded message holding the story and its dateline; a Telegram Desktop HTML export
               with service day separators, clocks with the instant in ``title`` and «Forwarded from» headers with the
               original post's instant; a DiscordChatExporter HTML log, a bot's embed holding the story, its footer
               the story's instant, the messages' later timestamps, replies and «(edited)»), mailing-list and forum
               archives (Mailman's pipermail page: ``[list] Fwd:`` subject, obfuscated address, the mail's date,
               previous / next messages, the story in ``<PRE>`` between a greeting and a signature and the list's
               footer; an MHonArc page with Date / Thread Prev / Next, the header list and follow-ups; a phpBB thread,
               the story the first post, posting times, «نقل قول» replies quoting it, signatures and profiles) and
               document viewers (PDF.js's text layer, absolutely placed spans a paragraph several, running headers,
               page numbers, the toolbar and the document properties' dates; Word's «Save as HTML» of a press release
               with a «شماره / تاریخ / پیوست» letterhead and runs split inside paragraphs; ``pdftotext -layout``
               output with right-aligned lines, form feeds, a running header, page numbers and wrapped paragraphs).
               Kinds 5-8 are kinds no set had: archived copies (a Wayback-like replay with the toolbar's captures and
               first / last capture days and the capture instant in the URL; an archive.today-like snapshot, its
               saved-from bar and UTC instant, the page's markup inlined to styled ``div``s without classes; a search
               engine's cached copy under its banner and saving day), wrapped pages (a translation proxy whose bar
               names its languages and whose text stands cut into ``<font>`` pieces; a web proxy with its address
               form, options, an ad and rewritten links; a light transcoder's slimmed page), print versions (a
               browser's print saved as text, each printed page's header with the print instant and the tab's title
               and its footer with the URL and «۱/۲»; a site's print page with «تاریخ چاپ» beside the publishing day;
               a print-and-PDF service's clean view) and a story's Markdown file in a git host (a Gitea file view with
               the last commit's age and the front matter as a table; the raw Markdown, YAML front matter with
               ``date`` and a later ``lastmod`` and a setext headline; a GitHub-like blob view with «Latest commit» and
               the front matter as a one-row table). Gold title the story's (never a podcast's, a programme's, a
               ``Fwd:`` subject's, a running header's, an archive's or a print header's); recording, rerun, chat,
               forward, mail, post, reply, document-property, capture, cache, print and commit times no date.
               Subjects: apricot drying, brick kilns, camel breeding, copper mines, salt lakes, silk weaving, tile
               workshops, rose water. Split fixed by the brief before AY was scored (its kinds 1-4 open, 5-8 held):
- ``aydev``    AY's pages of four families (apricot drying: transcripts; brick kilns: chat exports; camel breeding:
               list and forum archives; copper mines: document viewers), open to development;
- ``ayheld``   AY's other four families (salt lakes: archived copies; silk weaving: proxies and transcoders; tile
               workshops: print versions; rose water: Markdown in a git host): HELD OUT like ``b``, only scored.
               ``ay`` (all eight) is then half-seen.
- ``az``       family set AZ (``tests/site_families_az.py``, seed 460, tables in ``site_families_az_tables.py``,
               built by ``family_frames.build_set``), written blind to the extractor (and to AT's generator), one kind
               a family (three hosts differing in the kind's variants). Kinds 1-4 are other makes of ``atheld``'s four
               classes: OCR'd press clippings (a media-monitoring service's clipping view: paper, issue number, page,
               the issue's day, a later «تاریخ ثبت در سامانه», tone tags and the OCR text with its noise, ZWNJs read as
               spaces, «ي» for «ی», stray Latin letters, gold as shown; a digital newspaper archive's page text as flat
               text, the masthead line with issue and page, the text in 30-40 character column lines, the
               neighbouring article's headline between paragraphs, «ادامه در صفحه N»; an hOCR-like scan view, its
               ``ocrx_line`` spans with confidences, the scan's metadata and later scanning day), app landing pages (an
               app store listing of a news app: rating, installs, version, «آخرین به‌روزرسانی», size, «درباره این
               برنامه» holding the story of the day, changelog, permissions, similar apps, ``MobileApplication``
               JSON-LD; a PWA install page: manifest, «افزودن به صفحه اصلی», the featured story with an age and
               ``NewsArticle`` JSON-LD; a «دانلود اپلیکیشن» page: store buttons, the version's release day, the
               story in a phone-frame preview), comment-heavy pages (a Disqus-like embed: comment count, sort, threaded
               posts with ages and votes; a news site's «نظرات (N)» with each comment's Jalali day and clock, 👍 / 👎,
               replies, the site's answer; a text copy with «X گفته:» comments; 12-30 comments quoting the story's
               words, more comment text than story) and columnist pages (a columnist's profile: card, bio,
               followers, the latest column in full, earlier columns with their days; a daily's «سرمقاله» page: the
               edition's number and day (Jalali, Hijri and Gregorian on some hosts), the edition's pages, the editor's
               signature; a text copy of a weekly column: the column's name, «یادداشت», the author's bio line,
               earlier columns). Kinds 5-8 are kinds no set had:
               feed readers' article views (an Inoreader-like web reader: feeds with unread counts, the item's feed
               and age, «مشاهده در سایت اصلی»; a card reader with «امروز», the opened item's meta and a later «دریافت
               خوراک»; newsboat's article view as text: «Feed:», «Title:», «Author:», «Link:», an RFC 822 «Date:» in
               GMT), infographics' text alternatives (an infographic page: file name and size, «متن اینفوگرافیک»
               holding the story, the designer; a ``longdesc`` page; a screen-reader text version with «[تصویر: …]»
               notes), government portal news items (a directorate's portal: accessibility bar, quick services, trail,
               «کد خبر», visits, a circular's «شماره بخشنامه» / «تاریخ صدور» / «تاریخ ابلاغ» table; its mobile view;
               its text version) and a partner agency's news widget embedded in other sites (a weather site, a shop,
               a travel guide: the host site's chrome and today, the widget's head, «قدرت گرفته از …»). Gold title the
               story's (never an app's, a feed's, an image file's, a portal's or a host site's); the clipping's issue
               day its day; registration, scan, update, release, comment, feed fetch, circular and widget refresh days
               no date; a newsboat item's GMT day is Tehran's too. Subjects: lentil fields, pomegranate juice, bus
               terminals, walnut orchards, tea auctions, kiwi exports, wheat silos, pearl diving. Split fixed by the
               brief before AZ was scored (its kinds 1-4 open, 5-8 held):
- ``azdev``    AZ's pages of four families (lentil fields: OCR'd clippings; pomegranate juice: app landing pages; bus
               terminals: comment-heavy pages; walnut orchards: columnist pages), open to development;
- ``azheld``   AZ's other four families (tea auctions: feed readers; kiwi exports: infographic text; wheat silos:
               government portals; pearl diving: embedded news widgets): HELD OUT like ``b``, only scored. ``az`` (all
               eight) is then half-seen.
- ``ba``       family set BA (``tests/site_families_ba.py``, seed 470, tables in ``site_families_ba_tables.py``,
               built by ``family_frames.build_set``), written blind to the extractor (and to AO's and AX's
               generators), one kind a family (three hosts differing in the kind's variants). Kinds 1-4 are other
               makes of ``aoheld``'s and ``axheld``'s classes: markdown dumps of news pages of other makes than Jina (an
               Obsidian web-clipper note: YAML «title» with the site's name, «source», «author», «published» the
               story's day, a later «created», «description», «tags: clippings», then the page as markdown: menu links,
               a trail «[site](…) / [section](…)», the headline underlined with «=», «> lead», tags, «### اخبار مرتبط»;
               a «save as markdown» extension's file: «created: … (UTC +03:30)», «source:», «# <tab title>», «> ##
               Excerpt», a «دسته‌بندی: [section](…)» link, the headline, the date line, «کد خبر»; a pandoc conversion:
               ``::: {.breadcrumb}`` fenced divs, bullet menus, the text wrapped at 72 columns), blogs of other makes
               than Jekyll / Medium (a Hugo PaperMod-like post: «خانه » پست‌ها» breadcrumbs and ``article:section``
               «posts» naming the content section, «… · ۴ دقیقه · author», a later «به‌روزشده», the category in
               «دسته‌ها:» at the foot, tags; a Ghost post: the primary tag over the headline, the excerpt, the
               Gregorian day in Persian with «زمان مطالعه», ``article:tag`` metas; a Blogfa blog: «نوشته شده در … ساعت …
               توسط … | موضوع: … | نظرات (N)», sidebars «موضوعات» listing every category with counts, «آرشیو» months,
               «آمار وبلاگ» with a later «آخرین بروزرسانی»), search and tag listings holding one story whole (a news
               CMS's «نتایج جستجو برای «…»» with the first hit expanded under its service and the other hits with
               theirs; a «برچسب: …» page whose first item is expanded under its category; a programmable-search frame,
               «حدود N نتیجه», results «title - site» with URLs and snippets beside a preview pane holding the story
               under its trail) and CMS previews (Joomla's frontend edit view: toolbar, tabs, the title input, the
               category select with the chosen option, «تاریخ ایجاد» before, «شروع انتشار» the story's instant, «تاریخ
               ویرایش» after, the preview pane; a headless CMS's preview: «حالت پیش‌نمایش · پیش‌نویس · آخرین ذخیره …»
               bar, the category chip, «زمان انتشار: …», ``__NEXT_DATA__`` with ``publishedAt`` / a later ``updatedAt``;
               a newsroom system's «پیش‌نمایش خبر»: «کد خبر», «سرویس», «زمان ثبت» before, «زمان انتشار», the rutitr,
               «لید:», a revision history with editors and times). Kinds 5-8 are kinds no set had: press releases on a
               PR wire (the wire's page: «صنعت: …», «برای انتشار فوری», «تهران، ۱۴ آذر ۱۴۰۵» dateline, «###», «درباره
               …», media contact, a later «زمان توزیع»; the release mailed as plain text, unsectioned; a news site
               carrying it as «رپرتاژ آگهی» under its trail, with a disclaimer), web stories (an AMP story: one
               paragraph an ``amp-story-page`` with its «۳/۱۲» counter, the cover's category and date, the bookend,
               JSON-LD; a site's story viewer: a rail of other stories, progress bars, a «#section» label, slides,
               «قبلی» / «بعدی»; a text dump of a story, unsectioned), instant-article renderings (telegra.ph: the
               channel as author, «December 05, 2026» of the UTC day, unsectioned; Telegram's Instant View: a kicker the
               section, the subtitle the lead, «مشاهده در تلگرام», «Related Articles»; Facebook Instant Articles markup:
               ``op-kicker`` the section, ``h2`` the lead, ``op-published`` and a later ``op-modified``) and market
               reports among price tables (a currency site: ticker, rate table with clocks, «آخرین به‌روزرسانی», the
               story under «تحلیل بازار», a gold and coin table after; a stock-market site: index box, symbols table,
               «بازار سرمایه » …» trail, «نمادهای مرتبط»; a text copy with the tables' «a | b | c | d» rows and «سرویس:
               …»). Gold title the story's (never a tab's, a results page's, a tag's, a wire's or a channel's); the
               section the trail's, category's, primary tag's, chosen category's, service's or kicker's (never «پست‌ها»,
               a tag page's tag, a sidebar's or another hit's category); clip, creation, save, edit, revision,
               distribution, lastmod, rate and crawl times no date. Subjects: saffron fields, barberry farms, quince
               orchards, pistachio drying, caviar ponds, sturgeon rivers, falcon breeding, date palms. Split fixed by
               the brief before BA was scored (its kinds 1-4 open, 5-8 held):
- ``badev``    BA's pages of four families (saffron fields: markdown dumps; barberry farms: blogs; quince orchards:
               search and tag listings; pistachio drying: CMS previews), open to development;
- ``baheld``   BA's other four families (caviar ponds: PR wire releases; sturgeon rivers: web stories; falcon breeding:
               instant articles; date palms: market reports among price tables): HELD OUT like ``b``, only scored.
               ``ba`` (all eight) is then half-seen.
- ``bb``       family set BB (``tests/site_families_bb.py``, seed 480, tables in ``site_families_bb_tables.py``,
               built by ``family_frames.build_set``), written blind to the extractor (and to G's generator and BA's
               held kinds), one kind a family (three hosts differing in the kind's variants). Kinds 1-4 are other
               makes of ``gheld``'s and ``baheld``'s classes, where sections were weakest: a newspaper's print edition
               online (an e-paper page viewer: the issue bar «شماره N · <day>», a page selector and thumbnails naming
               every page's rubric, «صفحه ۶ شهری» over the text pane, «دانلود PDF این صفحه»; a «روزنامه» archive's issue
               page: «روزنامه … — شماره N — <day>», the page list with the current page marked, «<rubric> | صفحه N»
               over the headline, earlier issues' days; a newsstand app's text view, flat: «paper | شماره N | day»,
               «صفحه ۶ › <rubric>», «مطالب دیگر این صفحه»: the section the page's rubric), municipal and religious
               portals (a district municipality's item: a header's today in solar, qamari and Gregorian, a services
               menu, «صفحه اصلی › اخبار منطقه › <category>», «کد خبر | تاریخ انتشار | بازدید»; a seminary's news: «گروه:
               …», the day in three calendars with its clock, a header's qamari today; an endowment office's sub-site
               of an Astan-like organisation: the parent's bar of sub-sites, «آستان … › موقوفات › اخبار › <category>»,
               «<day> (<qamari day>)»), sponsored content (a «رپرتاژ آگهی» on a news site under its industry trail with
               the advertiser's disclaimer; a magazine advertorial: «محتوای حمایت‌شده», the category link over the
               headline, «با همکاری <company>», a Gregorian day, JSON-LD with a sponsor; a company newsroom's release
               republished: «بازنشر از اتاق خبر …», «دسته: …», «تاریخ انتشار در منبع» and a later «تاریخ بازنشر»,
               «درباره …» boilerplate) and slide stories (a «اسلاید شو» photo story: the captions the text, «تصویر ۳ از
               ۱۲», photo credits, «خانه › چندرسانه‌ای › <category>»; an Instagram-carousel mirror: the cover slide's
               text the title, «۱/۸», profile counts, hashtags, «۲ روز پیش» with the instant only in ``<time>`` (UTC),
               unsectioned; a saved web story as text: «ناشر: … | دسته: …», «اسلاید ۱ از ۹», a later save time). Kinds
               5-8 are kinds no set had: live blogs (a live page, newest entry first with clocks, «خلاصه», «شروع پوشش»
               the instant, «آخرین به‌روزرسانی»; a ticker table with a clock column and «برچسب موضوعی:»; a text copy
               with «[۱۴:۳۲]» lines), court-ruling news (a judiciary's page with a case box and an earlier «تاریخ صدور
               رأی»; a law portal with «دسته‌بندی:», a ruling's fields, an earlier «تاریخ جلسه رسیدگی», later comments;
               a ruling's text «دادنامه شماره … مورخ …» before the news, unsectioned), TV programme pages (a channel's
               site: a programme box with a later «زمان پخش», today's schedule; a TV guide: «جدول پخش شبکه‌ها - <today>»,
               «channel › programme › قسمت N», the trail; a text copy with schedule rows and «گروه:») and print views
               (print.php: «نسخه قابل چاپ», «کد خبر», «سرویس:», the URL, a later «تاریخ چاپ»; a printed-to-PDF's text:
               the browser's «12/7/26, 11:32 PM  <tab>» header and «url 1/2» footer between paragraphs; a print
               preview's text, unsectioned). Gold title the story's (never a tab's, a page's, a guide's heading, a
               programme's or a profile's); the section the page's rubric, category, trail's last step or label (never
               the paper's name, «صفحه N», another page's rubric, a sub-site, a badge); issue lists', today's,
               rulings', sessions', republications', updates', broadcasts', prints' and comments' days no date.
               Subjects: carpet looms, mosaic guilds, copper bazaar, glass blowers, felt makers, enamel works, inlay
               studios, miniature painters. Split fixed by the brief before BB was scored (its kinds 1-4 open, 5-8
               held):
- ``bbdev``    BB's pages of four families (carpet looms: print editions online; mosaic guilds: municipal and
               religious portals; copper bazaar: sponsored content; glass blowers: slide stories), open to
               development;
- ``bbheld``   BB's other four families (felt makers: live blogs; enamel works: court-ruling news; inlay studios: TV
               programme pages; miniature painters: print views): HELD OUT like ``b``, only scored. ``bb`` (all
               eight) is then half-seen.

``--transplant`` scores each set after ``bench/transplant.py`` (seed 0) has shown the section and the
publication date of its article pages another way (text pages: breadcrumbs, labelled lines, bylines,
dates in other calendars, digits and places; HTML pages: trails, JSON-LD, ``rel="category"`` links,
labels, kickers, ``<time>``, date metas in UTC or with an offset; with distractors), one style a site;
its rows are named
``<set>+t``. It measures finding and choosing these fields on a layout the set did not teach.
``--keep DIR`` keeps the generated pages, the outputs and the scorer's per-page details
(``DIR/<set>/``, ``DIR/<set>-out/``, ``DIR/<set>.details.jsonl``) instead of a temporary folder.

Section / published of the open sets, plain and transplanted, before (main 2696900) and after the
s27-transplant mechanisms (the run's vocabulary of section names for byline fields and lone labels,
trails and listed labels under the headline, nothing from above the site's menu bar, a date alone
under the story past the site's short lines; ``--n 400 --workers 2 --only dev e fdev gdev hdev
[--transplant]``; every other row unchanged on the plain sets):

                          dev        e     fdev     gdev     hdev
    section  plain     .9846    .9632    .9894    .9919    .9761   (before)
                       .9846    .9711    .9920    .9919    .9841   (after)
             +t        .9297    .9211    .8830    .9892    .8170   (before)
                       .9714    .9763    .9176    .9892    .9788   (after)
    published  +t      .9934    .9789    .9521   1.0000   1.0000   (before; plain 1.0 / .9974 / 1.0 ...)
                       .9934    .9947    .9734   1.0000   1.0000   (after; plain unchanged)

With the HTML pages transplanted too (s28-html-transplant: text pages byte for byte as above), before
(main 955f7aa) and after the s28 HTML mechanisms (``rel="category"`` links, a list from a link to the site's
root to the headline, the kicker past the date rows, not a menu's item nor a surtitle, known to the run's
vocabulary or listed by the page's menu; a story paragraph is no link and may be a ``<br>`` block, the
date alone under a story paragraph; ``--n 400 --workers 2 --only dev e fdev gdev hdev d [--transplant]``;
every other row unchanged, plain and +t):

                          dev        e     fdev     gdev     hdev        d
    section  plain     .9846    .9711    .9920    .9919    .9841   1.0000   (before)
                       .9846    .9842   1.0000    .9919    .9841   1.0000   (after)
             +t        .8923    .9553    .9096    .9946    .9814    .8350   (before)
                       .9670    .9868    .9282    .9946    .9814   1.0000   (after)
    published  +t      .9934    .9316    .9734    .9973    .9655   1.0000   (before)
                       .9934    .9921    .9734    .9973   1.0000   1.0000   (after; plain unchanged)

Scored whole once on main 85d8048, before anyone developed on H
(``PYTHONPATH=src python bench/score_families.py --n 400 --workers 2 --only h hdev hheld``; ``hdev`` and
``hheld`` are 400 pages each of their four families, not halves of ``h``). Before this run the
generator's gold was checked against the extractor's output on a draft of H (never its code), and
only gold bugs were fixed (agency datelines spelled with Arabic ي, «به گزارش فارس» / «به نقل از»
forms, leads and tags naming an agency, surtitles that read like a section label):

                                          h          hdev  hheld (held)   bar
    title_exact                      0.9312        0.9231        0.9257   >= 0.95
    section_match                    0.9048        0.9708        0.8859   >= 0.9
    agency_match                     0.8069        0.8806        0.7480   >= 0.95
    published_match                  0.9974        1.0000        1.0000   >= 0.95
    lead_match                       0.7063        0.7480        0.7162
    body_f1                          0.9423        0.9761        0.9367   >= 0.97
    chrome_leak_rate                 0.0813        0.0511        0.0480   <= 0.02
    negatives_rejected               0.8182        0.8261        0.9565
    articles_wrongly_rejected        0.0159        0.0186        0.0186
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       1.0000        0.9487        0.9487

Scored whole once on main 955f7aa, before anyone developed on I
(``PYTHONPATH=src python bench/score_families.py --n 400 --workers 2 --only i idev iheld``; ``idev`` and
``iheld`` are 400 pages each of their four families, chosen before the run). Before it the generator's
gold was checked against the extractor's output on a 200-page draft (never its code), and only gold
bugs were fixed (datelines written «ورزش‌سه» with a ZWNJ, press-review lines «کیهان نوشت:» that read as
the story's text):

                                          i          idev  iheld (held)   bar
    title_exact                      0.8194        0.8733        0.8275   >= 0.95
    section_match                    0.8221        0.9164        0.7493   >= 0.9
    agency_match                     0.9191        0.9919        0.8679   >= 0.95
    published_match                  0.9623        0.9730        0.9434   >= 0.95
    lead_match                       0.9030        0.8949        0.8976
    body_f1                          0.9714        0.9712        0.9955   >= 0.97
    chrome_leak_rate                 0.0571        0.0240        0.0120   <= 0.02
    negatives_rejected               0.7586        0.7241        0.7241
    articles_wrongly_rejected        0.0000        0.0027        0.0027
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       1.0000        1.0000        1.0000

Scored whole once on main 955f7aa, before anyone developed on J
(``PYTHONPATH=src python bench/score_families.py --n 400 --workers 2 --only j jdev jheld``; ``jdev`` and
``jheld`` are 400 pages each of their four families; the split was chosen before this run). Before it the
generator's gold was checked against the extractor's output on a 240-page draft of J (never its code),
and only gold bugs were fixed (a dateline spelling «ورزش ‌سه» with a ZWNJ, the corpus's own
«انتهای‌پیام/…» lines taken as story sentences):

                                          j          jdev  jheld (held)   bar
    title_exact                      0.9428        0.8967        0.9972   >= 0.95
    section_match                    0.8147        0.8152        0.8809   >= 0.9
    agency_match                     0.9973        0.9946        0.9972   >= 0.95
    published_match                  0.8965        0.8723        0.9391   >= 0.95
    lead_match                       0.8747        0.8397        0.8975
    body_f1                          0.9716        0.9781        0.9237   >= 0.97
    chrome_leak_rate                 0.0274        0.0565        0.0063   <= 0.02
    negatives_rejected               0.9091        0.8438        0.8974
    articles_wrongly_rejected        0.0027        0.0027        0.0055
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       1.0000        1.0000        1.0000

Scored whole once on main a7f1953, before anyone developed on K
(``PYTHONPATH=src python bench/score_families.py --n 400 --workers 2 --only k kdev kheld``; ``kdev`` and
``kheld`` are 400 pages each of their four families; the split was chosen before this run). Before it the
generator's gold was checked against the extractor's output on a 240-page draft of K (never its code),
and only gold bugs were fixed (credits of newspapers, which read as outlets, replaced by sources that are
no news agency; a table header row that was the same on every page of a host now varies):

                                          k          kdev  kheld (held)   bar
    title_exact                      0.8486        0.8284        0.9437   >= 0.95
    section_match                    0.7081        0.6086        0.9276   >= 0.9
    agency_match                     0.9378        0.9678        0.9732   >= 0.95
    published_match                  0.8892        0.9839        0.8365   >= 0.95
    lead_match                       0.7568        0.7909        0.6649
    body_f1                          0.8725        0.8664        0.9624   >= 0.97
    chrome_leak_rate                 0.1899        0.1509        0.1258   <= 0.02
    negatives_rejected               0.9667        1.0000        1.0000
    articles_wrongly_rejected        0.0027        0.0054        0.0080
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       0.9815        0.9815        0.9630

Scored whole once on main a7f1953, before anyone developed on L
(``PYTHONPATH=src python bench/score_families.py --n 400 --workers 2 --only l ldev lheld``; ``ldev`` and
``lheld`` are 400 pages each of their four families; the split was chosen before this run). Before it the
generator's gold was checked against the extractor's output on a 240-page draft of L (never its code),
and only gold bugs were fixed (datelines «ورزش‌سه» with a ZWNJ, «باشگاه خبری فارس» and «به نقل از خبر
آنلاین» credits, a host name containing «مهر», chrome lines that begin the lead):

                                          l          ldev  lheld (held)   bar
    title_exact                      0.9096        0.8579        0.9891   >= 0.95
    section_match                    0.8740        0.7787        0.9891   >= 0.9
    agency_match                     0.9918        0.9973        0.9891   >= 0.95
    published_match                  0.8849        0.8989        0.9098   >= 0.95
    lead_match                       0.7342        0.7268        0.7186
    body_f1                          0.8514        0.7828        0.8796   >= 0.97
    chrome_leak_rate                 0.1057        0.1386        0.0151   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0000        0.0000        0.0000
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       1.0000        1.0000        1.0000

Scored whole once on main d94c808, before anyone developed on M
(``PYTHONPATH=src python bench/score_families.py --n 400 --workers 2 --only m mdev mheld``; ``mdev`` and
``mheld`` are 400 pages each of their four families; the split was chosen before this run). Before it the
generator's gold was checked against the extractor's output on a 200-page draft of M (never its code),
and only gold bugs were fixed (datelines «ورزش‌سه» with a ZWNJ credited to no agency). Saved HTML with
meta / JSON-LD carries most fields; the misses are on the Ctrl+A text copies and in chrome around the story:

                                          m          mdev  mheld (held)   bar
    title_exact                      0.9946        0.9973        0.9973   >= 0.95
    section_match                    0.9571        0.9812        0.9491   >= 0.9
    agency_match                     0.9839        0.9866        0.9893   >= 0.95
    published_match                  0.9946        1.0000        1.0000   >= 0.95
    lead_match                       0.9598        0.9571        0.9571
    body_f1                          0.9918        0.9879        0.9925   >= 0.97
    chrome_leak_rate                 0.0152        0.0152        0.0152   <= 0.02
    negatives_rejected               1.0000        0.9259        0.9630
    articles_wrongly_rejected        0.0054        0.0054        0.0054
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       1.0000        0.9762        1.0000

Scored whole once on main d94c808, before anyone developed on N
(``PYTHONPATH=src python bench/score_families.py --n 400 --workers 2 --only n ndev nheld``; ``ndev`` and
``nheld`` are 400 pages each of their four families; the split was chosen before this run). Before it the
generator's gold was checked against the extractor's output on a 240-page draft of N (never its code),
and only gold bugs were fixed (datelines «ورزش‌سه» with a ZWNJ and «باشگاه خبری فارس» credits, which
republishing hosts left unrewritten and gold did not credit):

                                          n          ndev  nheld (held)   bar
    title_exact                      0.8366        0.8975        0.7341   >= 0.95
    section_match                    0.6205        0.6814        0.5651   >= 0.9
    agency_match                     0.9889        0.9861        0.9945   >= 0.95
    published_match                  0.7922        0.9197        0.7479   >= 0.95
    lead_match                       0.8615        0.8283        0.8255
    body_f1                          0.9871        0.9844        0.9875   >= 0.97
    chrome_leak_rate                 0.0000        0.0000        0.0000   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0028        0.0028        0.0028
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       0.9767        0.9750        1.0000

Scored whole once on main a00cc3c, before anyone developed on O
(``PYTHONPATH=src python bench/score_families.py --n 400 --workers 2 --only o odev oheld``; ``odev`` and
``oheld`` are 400 pages each of their four families; the split was chosen before this run). Before it the
generator's gold was checked against the extractor's output on a 240-page draft of O (never its code),
and only gold bugs were fixed («ورزش‌سه» datelines with a ZWNJ, which republishing hosts left unrewritten and
gold did not credit; a host named «پاریس فارسی», whose own rewritten dateline read as a Fars credit):

                                          o          odev  oheld (held)   bar
    title_exact                      0.9947        0.9973        0.9973   >= 0.95
    section_match                    0.8930        0.8382        0.9549   >= 0.9
    agency_match                     0.9973        0.9920        1.0000   >= 0.95
    published_match                  0.9973        0.9947        0.9894   >= 0.95
    lead_match                       0.7834        0.8329        0.7374
    body_f1                          0.9565        0.9257        0.9604   >= 0.97
    chrome_leak_rate                 0.1532        0.0657        0.1548   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0107        0.0106        0.0106
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       1.0000        1.0000        0.9737

Scored whole once on main c866245, before anyone developed on P
(``PYTHONPATH=src python bench/score_families.py --n 400 --workers 2 --only p pdev pheld``; ``pdev`` and
``pheld`` are 400 pages each of their four families; the split was chosen before this run). Before it the
generator's gold was checked against the extractor's output on a 240-page draft of P (never its code),
and only gold bugs were fixed («ورزش‌سه» datelines with a ZWNJ, which gold did not credit and republishers
left unrewritten; a host named «پل نیوز فارسی», whose own rewritten dateline read as a Fars credit; a
tagline equal to a section name):

                                          p          pdev  pheld (held)   bar
    title_exact                      0.9571        0.9704        0.9892   >= 0.95
    section_match                    0.8820        0.9191        0.9677   >= 0.9
    agency_match                     0.9169        0.8221        0.9973   >= 0.95
    published_match                  0.9812        0.9784        1.0000   >= 0.95
    lead_match                       0.9196        0.9623        0.9596
    body_f1                          0.9848        0.9879        0.9917   >= 0.97
    chrome_leak_rate                 0.0353        0.0836        0.0289   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0027        0.0000        0.0000
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       1.0000        1.0000        1.0000

Scored whole once on main ea4ec6c, before anyone developed on Q
(``PYTHONPATH=src python bench/score_families.py --n 400 --workers 2 --only q qdev qheld``; ``qdev`` and
``qheld`` are 400 pages each of their four families; the split was chosen before this run). Before it the
generator's gold was checked against the extractor's output on a 200-page draft of Q (never its code);
it showed no gold bug (every miss looked at was the extractor's: a date or credit it did not read, a
line before the title taken for it, an appended scroll article's dateline credited):

                                          q          qdev  qheld (held)   bar
    title_exact                      0.9524        0.9740        0.9496   >= 0.95
    section_match                    0.8889        0.9844        0.8090   >= 0.9
    agency_match                     0.9180        0.9010        0.9019   >= 0.95
    published_match                  0.9577        0.9948        0.9576   >= 0.95
    lead_match                       0.8783        0.9062        0.8037
    body_f1                          0.8599        0.8445        0.9635   >= 0.97
    chrome_leak_rate                 0.2132        0.2589        0.0157   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0265        0.0286        0.0345
    dup_precision                    0.9722        0.8780        1.0000
    dup_recall                       0.8974        0.8182        0.9574

Scored whole once on main 89fca85, before anyone developed on R
(``PYTHONPATH=src python bench/score_families.py --n 400 --workers 2 --only r rdev rheld``; ``rdev`` and
``rheld`` are 400 pages each of their four families; the split was chosen before this run). Before it the
generator's gold was checked against the extractor's output on a 200-page draft of R (never its code);
that found two gold bugs, both in what a story's own text credits («ورزش ‌سه» with a ZWNJ, a republisher's
«به گزارش "<site>" از مهر»), fixed before this run. A first run of this command then showed a third (a
dateline «به گزارش "ورزش سه" و به نقل از ایسنا» credited to ایسنا, against H's rule; rdev agency .9405),
fixed in the generator; the table is the run after that fix, on the same code:

                                          r          rdev  rheld (held)   bar
    title_exact                      0.8618        0.8351        0.9164   >= 0.95
    section_match                    0.8211        0.8919        0.7682   >= 0.9
    agency_match                     0.9133        0.9514        0.9272   >= 0.95
    published_match                  0.9241        0.8676        1.0000   >= 0.95
    lead_match                       0.9295        0.9135        0.9569
    body_f1                          0.9738        0.9748        0.9790   >= 0.97
    chrome_leak_rate                 0.0500        0.0364        0.0093   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0190        0.0162        0.0216
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       0.9545        0.9444        0.9091

S scored whole once on main 82ac236, before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 2 --only s sdev sheld``; the split was chosen before this run).
Before it a 200-page draft of S went through palayesh and its disagreements were read on the pages only for
gold bugs (none found: sections shown as claimed, foot dates without a time gold as the day):

                                          s          sdev  sheld (held)   bar
    title_exact                      0.9788        0.9892        0.9974   >= 0.95
    section_match                    0.8355        0.8541        0.7816   >= 0.9
    agency_match                     0.9947        0.9838        0.9895   >= 0.95
    published_match                  1.0000        1.0000        1.0000   >= 0.95
    lead_match                       0.9682        0.9838        0.9737
    body_f1                          0.9853        0.9935        0.9909   >= 0.97
    chrome_leak_rate                 0.0499        0.0361        0.0059   <= 0.02
    negatives_rejected               1.0000        1.0000        0.9500
    articles_wrongly_rejected        0.0027        0.0081        0.0132
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       1.0000        1.0000        0.9487

T scored whole once on main b821dd6's code, before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 1 --only t tdev theld``; the split was chosen before this run, by
the set's writer, who never read ``src/palayesh`` nor ran it on the pages):

                                          t          tdev  theld (held)   bar
    title_exact                      0.9789        0.9948        0.9948   >= 0.95
    section_match                    0.7053        0.7552        0.7415   >= 0.9
    agency_match                     0.8921        0.8984        0.8668   >= 0.95
    published_match                  0.9974        1.0000        0.9974   >= 0.95
    lead_match                       0.9711        0.9844        0.9687
    body_f1                          0.9354        0.9512        0.9510   >= 0.97
    chrome_leak_rate                 0.0744        0.0383        0.0300   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0053        0.0078        0.0078
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       1.0000        0.9767        1.0000

U scored once on main 6f4605a's code, before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 1 --only udev uheld``; the split was chosen before this run, by the
set's writer, who never read ``src/palayesh`` nor ran it on the pages):

                                       udev  uheld (held)   bar
    title_exact                      0.9730        1.0000   >= 0.95
    section_match                    0.8568        0.8059   >= 0.9
    agency_match                     0.9919        0.9920   >= 0.95
    published_match                  1.0000        1.0000   >= 0.95
    lead_match                       0.8541        0.7979
    body_f1                          0.9818        0.9727   >= 0.97
    chrome_leak_rate                 0.0456        0.0550   <= 0.02
    negatives_rejected               1.0000        1.0000
    articles_wrongly_rejected        0.0027        0.0053
    dup_precision                    1.0000        1.0000
    dup_recall                       1.0000        1.0000

V scored once on s41-base a435f27's code (= main), before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 2 --only vdev vheld``; the split was chosen before this run, by the
set's writer, who never read ``src/palayesh`` nor ran it on the pages):

                                       vdev  vheld (held)   bar
    title_exact                      0.9443        0.9601   >= 0.95
    section_match                    0.7507        0.7926   >= 0.9
    agency_match                     0.9973        0.9973   >= 0.95
    published_match                  1.0000        1.0000   >= 0.95
    lead_match                       0.9045        0.9681
    body_f1                          0.9886        0.9816   >= 0.97
    chrome_leak_rate                 0.0060        0.0240   <= 0.02
    negatives_rejected               1.0000        1.0000
    articles_wrongly_rejected        0.0053        0.0106
    dup_precision                    1.0000        1.0000
    dup_recall                       1.0000        1.0000

W scored once on s42-base 599e614's code (= main), before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 2 --only wdev wheld``; the split was chosen before this run, by the
set's writer, who never read ``src/palayesh`` nor ran it on the pages):

                                       wdev  wheld (held)   bar
    title_exact                      0.9751        0.9863   >= 0.95
    section_match                    0.7812        0.8192   >= 0.9
    agency_match                     0.9917        0.8356   >= 0.95
    published_match                  0.9612        0.9315   >= 0.95
    lead_match                       0.7590        0.7726
    body_f1                          0.9702        0.9708   >= 0.97
    chrome_leak_rate                 0.1019        0.0794   <= 0.02
    negatives_rejected               1.0000        1.0000
    articles_wrongly_rejected        0.0083        0.0055
    dup_precision                    1.0000        1.0000
    dup_recall                       0.9778        1.0000

X scored once on s44-base 3e88fa8's code (= main), before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 2 --only xdev xheld``; the split was chosen before this run, by the
set's writer, who never read ``src/palayesh`` nor ran it on the pages):

                                       xdev  xheld (held)   bar
    title_exact                      1.0000        0.9973   >= 0.95
    section_match                    0.8087        0.8234   >= 0.9
    agency_match                     0.8934        0.7038   >= 0.95
    published_match                  1.0000        0.9973   >= 0.95
    lead_match                       0.8661        0.8478
    body_f1                          0.9607        0.9570   >= 0.97
    chrome_leak_rate                 0.0475        0.0225   <= 0.02
    negatives_rejected               1.0000        1.0000
    articles_wrongly_rejected        0.0328        0.0353
    dup_precision                    1.0000        1.0000
    dup_recall                       0.9048        0.9565

Y scored once on s45-base 36649e0's code (= main), before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 2 --only ydev yheld``; the split was chosen before this run, by the
set's writer, who never read ``src/palayesh`` nor ran it on the pages):

                                       ydev  yheld (held)   bar
    title_exact                      0.9519        0.9541   >= 0.95
    section_match                    0.8743        0.8919   >= 0.9
    agency_match                     0.9786        0.9946   >= 0.95
    published_match                  0.9733        0.9514   >= 0.95
    lead_match                       0.7941        0.8027
    body_f1                          0.9347        0.9611   >= 0.97
    chrome_leak_rate                 0.0278        0.0376   <= 0.02
    negatives_rejected               1.0000        1.0000
    articles_wrongly_rejected        0.0561        0.0216
    dup_precision                    1.0000        1.0000
    dup_recall                       0.9355        0.9773

Z scored once on s46-base 610ade3's code (= main), before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 2 --only zdev zheld``; the split was chosen before this run, by the
set's writer, who never read ``src/palayesh`` nor ran it on the pages):

                                       zdev  zheld (held)   bar
    title_exact                      0.9809        0.9972   >= 0.95
    section_match                    0.7902        0.7928   >= 0.9
    agency_match                     0.8474        0.9972   >= 0.95
    published_match                  0.9183        0.9807   >= 0.95
    lead_match                       0.8311        0.8564
    body_f1                          0.9512        0.9772   >= 0.97
    chrome_leak_rate                 0.0061        0.0000   <= 0.02
    negatives_rejected               1.0000        1.0000
    articles_wrongly_rejected        0.0054        0.0083
    dup_precision                    1.0000        1.0000
    dup_recall                       1.0000        0.9706

AA scored once on s47-base ebe3776's code (= main), before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 2 --only aadev aaheld``; the split was chosen before this run, by the
set's writer, who never read ``src/palayesh`` nor ran it on the pages):

                                      aadev  aaheld (held)   bar
    title_exact                      0.9809        0.9511   >= 0.95
    section_match                    0.5858        0.7065   >= 0.9
    agency_match                     1.0000        0.9973   >= 0.95
    published_match                  0.9700        1.0000   >= 0.95
    lead_match                       0.9101        0.8668
    body_f1                          0.9673        0.9822   >= 0.97
    chrome_leak_rate                 0.0062        0.0030   <= 0.02
    negatives_rejected               1.0000        1.0000
    articles_wrongly_rejected        0.0354        0.0054
    dup_precision                    1.0000        1.0000
    dup_recall                       0.9167        1.0000

AB scored once on s49-base aea07d7's code (= main), before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 2 --only ab abdev abheld``; the split was chosen before this run, by the
set's writer, who never read ``src/palayesh`` nor ran it on the pages):

                                         ab         abdev  abheld (held)   bar
    title_exact                      0.9081        0.9447        0.9000   >= 0.95
    section_match                    0.6562        0.7500        0.6000   >= 0.9
    agency_match                     0.9974        1.0000        1.0000   >= 0.95
    published_match                  0.9370        0.9868        0.8474   >= 0.95
    lead_match                       0.8451        0.8526        0.8947
    body_f1                          0.9762        0.9882        0.9862   >= 0.97
    chrome_leak_rate                 0.0119        0.0029        0.0059   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0079        0.0053        0.0053
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       1.0000        0.9500        0.9500

AC scored once on s52-base a6a54ad's code (= main), before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 2 --only ac acdev acheld``; the split was chosen before this run, by the
set's writer, who never read ``src/palayesh`` nor ran it on the pages):

                                         ac         acdev  acheld (held)   bar
    title_exact                      0.9677        0.9761        0.9838   >= 0.95
    section_match                    0.4919        0.5745        0.4852   >= 0.9
    agency_match                     0.9409        0.9947        0.8895   >= 0.95
    published_match                  0.9785        0.9894        0.9623   >= 0.95
    lead_match                       0.8091        0.8457        0.8625
    body_f1                          0.9728        0.9814        0.9804   >= 0.97
    chrome_leak_rate                 0.0367        0.0151        0.0183   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0027        0.0000        0.0000
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       1.0000        1.0000        1.0000

AD scored once on s53's base ae07571 (= main), before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 2 --only ad addev adheld``; the split was chosen before this run, by the
set's writer, who never read ``src/palayesh`` nor ran it on the pages):

                                         ad         addev  adheld (held)   bar
    title_exact                      0.8133        0.9021        0.7672   >= 0.95
    section_match                    0.6267        0.6958        0.6349   >= 0.9
    agency_match                     0.8533        0.8466        0.8598   >= 0.95
    published_match                  1.0000        1.0000        0.9974   >= 0.95
    lead_match                       0.8720        0.8862        0.8677
    body_f1                          0.9603        0.9843        0.9526   >= 0.97
    chrome_leak_rate                 0.0187        0.0184        0.0093   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0213        0.0026        0.0185
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       0.9020        1.0000        0.9608
AE scored once on s54's base 30564f7 (= main), before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 2 --only ae aedev aeheld``; the split was chosen before this run, by the
set's writer, who never read ``src/palayesh`` nor ran it on the pages):

                                         ae         aedev aeheld (held)   bar
    title_exact                      0.9762        0.9762        0.9921   >= 0.95
    section_match                    0.8201        0.8492        0.8466   >= 0.9
    agency_match                     0.9656        0.9709        0.9577   >= 0.95
    published_match                  0.9868        1.0000        0.9921   >= 0.95
    lead_match                       0.8016        0.9153        0.7619
    body_f1                          0.9776        0.9780        0.9868   >= 0.97
    chrome_leak_rate                 0.0149        0.0059        0.0030   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0000        0.0026        0.0000
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       1.0000        0.9756        1.0000

AF scored once on s55's base 613c623 (= main), before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 2 --only af afdev afheld``; the split was chosen before this run, by the
set's writer, who never read ``src/palayesh`` nor ran it on the pages):

                                         af         afdev afheld (held)   bar
    title_exact                      0.8962        0.8929        0.9258   >= 0.95
    section_match                    0.8497        0.8214        0.8929   >= 0.9
    agency_match                     0.8579        0.8242        0.8654   >= 0.95
    published_match                  0.9126        0.8956        0.9341   >= 0.95
    lead_match                       0.9208        0.9258        0.9286
    body_f1                          0.9905        0.9906        0.9908   >= 0.97
    chrome_leak_rate                 0.0062        0.0123        0.0031   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0055        0.0027        0.0055
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       0.9535        0.9512        0.9756
AG scored once on s56's base 2d48301 (= main), before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 2 --only ag agdev agheld``; the split was chosen before this run, by the
set's writer, who never read ``src/palayesh/extract`` nor ``normalize`` nor ran the extractor on the pages before):

                                         ag         agdev agheld (held)   bar
    title_exact                      0.9392        0.9947        0.9153   >= 0.95
    section_match                    0.8122        0.8492        0.8492   >= 0.9
    agency_match                     0.9524        0.9762        0.9762   >= 0.95
    published_match                  1.0000        1.0000        1.0000   >= 0.95
    lead_match                       0.9180        0.9683        0.9471
    body_f1                          0.9836        0.9914        0.9811   >= 0.97
    chrome_leak_rate                 0.0119        0.0059        0.0060   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0053        0.0000        0.0053
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       1.0000        0.9762        1.0000
AH scored once on s57's base 6372cda (= main), before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 2 --only ah ahdev ahheld``; the split was chosen before this run, by the
set's writer, who never read ``src/palayesh/extract`` nor ``normalize`` nor ran the extractor on the pages before).
A first run had the whole saved page inside Eitaa's ``etme_widget_message_text`` (no real preview holds a site's
nav, comments and footer in the post's text; 26 of ahdev's 35 Eitaa stories came out empty, wrongly rejected .084);
the set's writer fixed that markup (the page in the message's wrap, as AG's Telegram preview) and scored again:

                                         ah         ahdev ahheld (held)   bar
    title_exact                      0.9809        1.0000        0.9783   >= 0.95
    section_match                    0.6612        0.6576        0.6712   >= 0.9
    agency_match                     0.9781        0.9946        0.9565   >= 0.95
    published_match                  0.9836        1.0000        0.9728   >= 0.95
    lead_match                       0.9016        0.9375        0.9565
    body_f1                          0.9802        0.9910        0.9875   >= 0.97
    chrome_leak_rate                 0.0219        0.0000        0.0121   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0191        0.0136        0.0109
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       1.0000        0.9444        0.9444
AI scored once on s58's base 5886c16 (= main), before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 2 --only ai aidev aiheld``; the split was chosen before this run, by the
set's writer, who never read ``src/palayesh/extract`` nor ``normalize`` nor ran the extractor on the pages before):

                                         ai         aidev aiheld (held)   bar
    title_exact                      0.9072        0.9045        0.9151   >= 0.95
    section_match                    0.8223        0.8727        0.8700   >= 0.9
    agency_match                     0.9947        0.9947        0.9920   >= 0.95
    published_match                  0.9973        0.9894        0.9920   >= 0.95
    lead_match                       0.8912        0.9231        0.8912
    body_f1                          0.9866        0.9881        0.9851   >= 0.97
    chrome_leak_rate                 0.0060        0.0090        0.0180   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0000        0.0000        0.0000
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       1.0000        1.0000        1.0000
AJ scored once on s59's base c793953 (= main), before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 2 --only aj ajdev ajheld``; the split was chosen before this run, by the
set's writer, who never read ``src/palayesh/extract`` nor ``normalize`` nor ran the extractor on the pages before):

                                         aj         ajdev ajheld (held)   bar
    title_exact                      0.9243        0.9324        0.9757   >= 0.95
    section_match                    0.8919        0.9595        0.9595   >= 0.9
    agency_match                     0.9270        0.9351        0.9405   >= 0.95
    published_match                  0.9649        0.9811        0.9541   >= 0.95
    lead_match                       0.8865        0.9135        0.9027
    body_f1                          0.9790        0.9824        0.9846   >= 0.97
    chrome_leak_rate                 0.0629        0.0695        0.0576   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0000        0.0000        0.0027
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       0.9730        1.0000        1.0000
AK scored once on s60's base 0d006a7 (= main), before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 2 --only ak akdev akheld``; the split was chosen before this run, by the
set's writer, who never read ``src/palayesh/extract`` nor ``normalize`` nor ran the extractor on the pages before):

                                         ak         akdev akheld (held)   bar
    title_exact                      0.9677        0.9783        0.9783   >= 0.95
    section_match                    0.9032        0.9079        0.9756   >= 0.9
    agency_match                     1.0000        0.9973        0.9973   >= 0.95
    published_match                  0.9973        0.9946        1.0000   >= 0.95
    lead_match                       0.8898        0.8916        0.8916
    body_f1                          0.9810        0.9865        0.9894   >= 0.97
    chrome_leak_rate                 0.0306        0.0031        0.0000   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0000        0.0054        0.0000
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       1.0000        1.0000        1.0000
AL scored once on s61's base 7690f86 (= main), before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 2 --only al aldev alheld``; the split was chosen before this run, by the
set's writer, who never read ``src/palayesh/extract`` nor ``normalize`` nor ran the extractor on the pages before):

                                         al         aldev alheld (held)   bar
    title_exact                      0.9863        0.9918        0.9808   >= 0.95
    section_match                    0.7342        0.8247        0.7616   >= 0.9
    agency_match                     0.9863        0.9808        0.9836   >= 0.95
    published_match                  0.9342        0.9479        0.9370   >= 0.95
    lead_match                       0.9671        0.9671        0.9534
    body_f1                          0.9070        0.9439        0.9458   >= 0.97
    chrome_leak_rate                 0.1483        0.1034        0.1344   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0027        0.0055        0.0082
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       1.0000        1.0000        0.9545
AM scored once on s62's base 0511aa6 (= main), before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 2 --only am amdev amheld``; the split was chosen before this run, by the
set's writer, who never read ``src/palayesh/extract`` nor ``normalize`` nor ran the extractor on the pages before):

                                         am         amdev amheld (held)   bar
    title_exact                      0.9672        0.9754        0.9536   >= 0.95
    section_match                    0.4699        0.4399        0.5055   >= 0.9
    agency_match                     0.9754        0.9809        0.9809   >= 0.95
    published_match                  0.9016        0.9153        0.8689   >= 0.95
    lead_match                       0.9454        0.9590        0.9098
    body_f1                          0.9842        0.9791        0.9679   >= 0.97
    chrome_leak_rate                 0.0123        0.0091        0.0213   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0055        0.0027        0.0027
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       1.0000        0.9737        0.9737
AN scored once on s63's base a819d3f (= main), before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 2 --only an andev anheld``; the split was chosen before this run, by the
set's writer, who never read ``src/palayesh/extract`` nor ``normalize`` nor ran the extractor on the pages before):

                                         an         andev anheld (held)   bar
    title_exact                      0.9863        0.9863        0.9781   >= 0.95
    section_match                    0.7350        0.8164        0.8219   >= 0.9
    agency_match                     0.9836        0.9863        0.9781   >= 0.95
    published_match                  0.9098        0.8521        0.9096   >= 0.95
    lead_match                       0.9727        0.9781        0.9808
    body_f1                          0.9951        0.9966        0.9979   >= 0.97
    chrome_leak_rate                 0.0000        0.0000        0.0000   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0082        0.0055        0.0027
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       0.9730        0.9722        1.0000
AP scored once on s65's base ae5b31a (= main), before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 1 --only ap apdev apheld``; the split was drawn before this run, by the
set's writer, who never read ``src/palayesh/`` nor ran the extractor on the pages before):

                                         ap         apdev apheld (held)   bar
    title_exact                      0.9811        0.9946        0.9919   >= 0.95
    section_match                    0.8514        0.9543        0.8280   >= 0.9
    agency_match                     0.9946        0.9946        0.9973   >= 0.95
    published_match                  1.0000        1.0000        1.0000   >= 0.95
    lead_match                       0.9811        0.9839        0.9704
    body_f1                          0.9870        0.9917        0.9757   >= 0.97
    chrome_leak_rate                 0.0420        0.0541        0.0000   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0027        0.0054        0.0081
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       1.0000        0.9737        0.9474
AQ scored once on s66's base 5c495c7 (= main; the branch adds only AQ's generator, its test, its registration and
``family_frames.build_set``, AP's loop factored out), before anyone developed on it (``PYTHONPATH=src python
bench/score_families.py --n 400 --workers 1 --only aq aqdev aqheld``; the split was drawn before this run, by the
set's writer, who never read ``src/palayesh/`` nor ran the extractor on the pages before):

                                         aq         aqdev aqheld (held)   bar
    title_exact                      0.9676        0.9946        0.9431   >= 0.95
    section_match                    0.7595        0.8374        0.7290   >= 0.9
    agency_match                     0.9892        0.9566        0.9973   >= 0.95
    published_match                  0.9622        1.0000        0.9241   >= 0.95
    lead_match                       0.9297        0.9837        0.9079
    body_f1                          0.9891        0.9958        0.9918   >= 0.97
    chrome_leak_rate                 0.0213        0.0091        0.0182   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0108        0.0054        0.0054
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       1.0000        1.0000        1.0000
AR scored once on s67's base 9ed4665 (= main; the branch adds only AR's generator, its tables, its test and its
registration), before anyone developed on it (``PYTHONPATH=src python bench/score_families.py --n 400 --workers 1
--only ar ardev arheld``; the split was drawn before this run, by the set's writer, who never read ``src/palayesh/``
nor ran the extractor on the pages before):

                                         ar         ardev arheld (held)   bar
    title_exact                      0.8209        0.9920        0.6960   >= 0.95
    section_match                    0.9037        0.8427        0.9813   >= 0.9
    agency_match                     0.9920        0.9920        0.9893   >= 0.95
    published_match                  0.6417        0.4480        0.8267   >= 0.95
    lead_match                       0.8289        0.7680        0.9093
    body_f1                          0.9473        0.9335        0.9731   >= 0.97
    chrome_leak_rate                 0.2291        0.2243        0.1090   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0027        0.0053        0.0053
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       1.0000        0.9811        0.9811
AS scored once on s68's base 19c924d (= main; the branch adds only AS's generator, its tables, its test and its
registration), before anyone developed on it (``PYTHONPATH=src python bench/score_families.py --n 400 --workers 1
--only as asdev asheld``; the split was fixed by the brief before this run, kinds 1-4 open, 5-8 held, by the set's
writer, who never read ``src/palayesh/`` nor ran the extractor on the pages before):

                                         as         asdev asheld (held)   bar
    title_exact                      0.9003        1.0000        0.7547   >= 0.95
    section_match                    0.8814        0.8706        0.8032   >= 0.9
    agency_match                     0.9569        0.9137        0.9892   >= 0.95
    published_match                  0.8598        1.0000        0.7224   >= 0.95
    lead_match                       0.9380        0.9677        0.8814
    body_f1                          0.9217        0.9066        0.9873   >= 0.97
    chrome_leak_rate                 0.0131        0.0407        0.0000   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0701        0.0997        0.0081
    dup_precision                    0.8864        0.7917        1.0000
    dup_recall                       0.7959        0.8261        0.8696
AT scored once on s69's base 253229f (= main; the branch adds only AT's generator, its tables, its test and its
registration), before anyone developed on it (``PYTHONPATH=src python bench/score_families.py --n 400 --workers 1
--only at atdev atheld``; the split was fixed by the brief before this run, kinds 1-4 open, 5-8 held, by the set's
writer, who never read ``src/palayesh/`` nor ran the extractor on the pages before):

                                         at         atdev atheld (held)   bar
    title_exact                      0.7601        0.7209        0.8618   >= 0.95
    section_match                    0.8005        0.7480        0.9051   >= 0.9
    agency_match                     0.8868        0.9756        0.8509   >= 0.95
    published_match                  0.8086        0.6856        1.0000   >= 0.95
    lead_match                       0.8760        0.8645        0.9160
    body_f1                          0.6309        0.8068        0.5749   >= 0.97
    chrome_leak_rate                 0.0960        0.0826        0.0425   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0728        0.0054        0.1057
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       0.7241        1.0000        0.8571
AU scored once on s72's base cc0bd45 (= main; the branch adds only AU's generator, its tables, its test and its
registration), before anyone developed on it (``PYTHONPATH=src python bench/score_families.py --n 400 --workers 1
--only au audev auheld``; the split was fixed by the brief before this run, kinds 1-4 open, 5-8 held, by the set's
writer, who never read ``src/palayesh/`` nor ran the extractor on the pages before):

                                         au         audev auheld (held)   bar
    title_exact                      0.8133        0.6995        0.9628   >= 0.95
    section_match                    0.8053        0.7527        0.9601   >= 0.9
    agency_match                     0.8587        0.8324        0.9441   >= 0.95
    published_match                  0.7147        0.5878        0.8750   >= 0.95
    lead_match                       0.8267        0.8803        0.8723
    body_f1                          0.8660        0.8104        0.9506   >= 0.97
    chrome_leak_rate                 0.1022        0.0338        0.2054   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0800        0.1303        0.0053
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       0.8649        0.7949        0.9744
AV scored once on s73's base f32f245 (= main; the branch adds only AV's generator, its tables, its test and its
registration), before anyone developed on it (``PYTHONPATH=src python bench/score_families.py --n 400 --workers 1
--only av avdev avheld``; the split was fixed by the brief before this run, kinds 1-4 open, 5-8 held, by the set's
writer, who never read ``src/palayesh/`` nor ran the extractor on the pages before):

                                         av         avdev avheld (held)   bar
    title_exact                      0.9210        0.9809        0.8174   >= 0.95
    section_match                    0.7766        0.8474        0.7193   >= 0.9
    agency_match                     0.9782        0.9946        0.9700   >= 0.95
    published_match                  0.8801        0.9101        0.8093   >= 0.95
    lead_match                       0.8937        0.9809        0.8120
    body_f1                          0.9268        0.9640        0.8819   >= 0.97
    chrome_leak_rate                 0.0333        0.0429        0.0000   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0027        0.0000        0.0163
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       0.9730        1.0000        0.9756
AW scored once on s74's base cdea5e8 (= main; the branch adds only AW's generator, its tables, its test and its
registration), before anyone developed on it (``PYTHONPATH=src python bench/score_families.py --n 400 --workers 1
--only aw awdev awheld``; the split was fixed by the brief before this run, kinds 1-4 open, 5-8 held, by the set's
writer, who never read ``src/palayesh/`` nor ran the extractor on the pages before):

                                         aw         awdev awheld (held)   bar
    title_exact                      0.7902        0.6984        0.9321   >= 0.95
    section_match                    0.7139        0.7228        0.6929   >= 0.9
    agency_match                     0.9210        0.8342        0.9891   >= 0.95
    published_match                  0.6894        0.7038        0.6821   >= 0.95
    lead_match                       0.8719        0.8016        0.9592
    body_f1                          0.8512        0.6924        0.9858   >= 0.97
    chrome_leak_rate                 0.0296        0.0103        0.0398   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0736        0.1277        0.0054
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       0.9231        0.7500        0.9750
AX scored once on s75's base 9573cce (= main; the branch adds only AX's generator, its tables, its test and its
registration), before anyone developed on it (``PYTHONPATH=src python bench/score_families.py --n 400 --workers 1
--only ax axdev axheld``; the split was fixed by the brief before this run, kinds 1-4 open, 5-8 held, by the set's
writer, who never read ``src/palayesh/`` nor ran the extractor on the pages before):

                                         ax         axdev axheld (held)   bar
    title_exact                      0.7219        0.7256        0.8100   >= 0.95
    section_match                    0.6578        0.7309        0.6913   >= 0.9
    agency_match                     0.9198        0.7916        0.9921   >= 0.95
    published_match                  0.7513        0.6121        0.9024   >= 0.95
    lead_match                       0.9064        0.7889        0.9604
    body_f1                          0.9098        0.8765        0.9789   >= 0.97
    chrome_leak_rate                 0.0818        0.0991        0.0000   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0053        0.0053        0.0000
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       1.0000        1.0000        1.0000
AY scored once on s76's base c70ef7f (= main; the branch adds only AY's generator, its tables, its test and its
registration), before anyone developed on it (``PYTHONPATH=src python bench/score_families.py --n 400 --workers 1
--only ay aydev ayheld``; the split was fixed by the brief before this run, kinds 1-4 open, 5-8 held, by the set's
writer, who never read ``src/palayesh/`` nor ran the extractor on the pages before):

                                         ay         aydev ayheld (held)   bar
    title_exact                      0.8512        0.7940        0.9835   >= 0.95
    section_match                    0.8182        0.7940        0.8132   >= 0.9
    agency_match                     0.9366        0.9368        0.9973   >= 0.95
    published_match                  0.7686        0.6648        0.9451   >= 0.95
    lead_match                       0.8678        0.8324        0.9093
    body_f1                          0.9589        0.9055        0.9907   >= 0.97
    chrome_leak_rate                 0.0031        0.0030        0.0030   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0028        0.0055        0.0000
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       1.0000        1.0000        1.0000
AZ scored once on s77's base a2afe45 (= main; the branch adds only AZ's generator, its tables, its test and its
registration), before anyone developed on it (``PYTHONPATH=src python bench/score_families.py --n 400 --workers 1
--only az azdev azheld``; the split was fixed by the brief before this run, kinds 1-4 open, 5-8 held, by the set's
writer, who never read ``src/palayesh/`` nor ran the extractor on the pages before):

                                         az         azdev azheld (held)   bar
    title_exact                      0.9149        0.8235        0.9947   >= 0.95
    section_match                    0.8005        0.7807        0.7807   >= 0.9
    agency_match                     0.9947        0.9973        0.9893   >= 0.95
    published_match                  0.8245        0.6952        0.9519   >= 0.95
    lead_match                       0.9681        0.9652        0.9786
    body_f1                          0.8963        0.8375        0.9837   >= 0.97
    chrome_leak_rate                 0.0398        0.0828        0.0030   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0346        0.0775        0.0134
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       0.9474        0.8158        0.9211
BA scored once on s78's base 0bbf0203 (= main; the branch adds only BA's generator, its tables, its test and its
registration), before anyone developed on it (``PYTHONPATH=src python bench/score_families.py --n 400 --workers 1
--only ba badev baheld``; the split was fixed by the brief before this run, kinds 1-4 open, 5-8 held, by the set's
writer, who never read ``src/palayesh/`` nor ran the extractor on the pages before):

                                         ba         badev baheld (held)   bar
    title_exact                      0.8484        0.7807        0.9519   >= 0.95
    section_match                    0.5878        0.4679        0.6471   >= 0.9
    agency_match                     0.9787        0.9439        0.9920   >= 0.95
    published_match                  0.9309        0.8824        1.0000   >= 0.95
    lead_match                       0.9309        0.8396        0.9840
    body_f1                          0.9454        0.9137        0.9950   >= 0.97
    chrome_leak_rate                 0.0821        0.0987        0.0181   <= 0.02
    negatives_rejected               1.0000        1.0000        1.0000
    articles_wrongly_rejected        0.0239        0.0695        0.0053
    dup_precision                    1.0000        1.0000        1.0000
    dup_recall                       0.9744        0.8293        0.9756
"""
from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: sets written blind and never developed on: scored only
HELD_OUT = ("b", "f", "fheld", "gheld", "hheld", "iheld", "jheld", "kheld", "lheld", "mheld", "nheld", "oheld",
            "pheld", "qheld", "rheld", "sheld", "theld", "uheld", "vheld", "wheld",
            "xheld", "yheld", "zheld", "aaheld", "abheld", "acheld", "adheld",
            "aeheld", "afheld", "agheld", "ahheld", "aiheld", "ajheld", "akheld", "alheld", "amheld",
            "anheld", "aoheld", "apheld", "aqheld", "arheld", "asheld", "atheld", "auheld",
            "avheld", "awheld", "axheld", "ayheld", "azheld", "baheld",
            "bbheld")
#: F split by family: development may look at ``fdev`` (four families); ``fheld`` (the other four)
#: stays held out like ``b``
F_DEV = ["provincial_daily", "university_news", "telegram_mirror", "market_news"]
F_HELD = ["ministry_news", "forum_blog", "health_site", "diaspora_service"]
#: G split the same way: ``gdev`` open to development, ``gheld`` held out
G_DEV = ["book_review", "auto_news", "jobs_portal", "podcast_page"]
G_HELD = ["seminary_news", "city_hall", "print_edition", "fan_club"]
#: H split the same way: ``hdev`` open to development, ``hheld`` held out
H_DEV = ["film_review", "bourse_analysis", "parliament_legal", "personal_blog"]
H_HELD = ["travel_blog", "science_space", "photo_news", "interview"]
#: I split the same way (chosen before I was scored): ``idev`` open to development, ``iheld`` held out
I_DEV = ["econ_daily", "family_mag", "live_sports", "labour_news"]
I_HELD = ["afghan_news", "amp_agency", "press_review", "student_agency"]
#: J split the same way (chosen before J was scored): ``jdev`` open to development, ``jheld`` held out
J_DEV = ["province_network", "game_review", "religious_occasion", "housing_news"]
J_HELD = ["konkur_news", "poetry_mag", "legal_qa", "radio_tv"]
#: K split the same way (chosen before K was scored): ``kdev`` open to development, ``kheld`` held out
K_DEV = ["agri_news", "crypto_rates", "music_news", "energy_news"]
K_HELD = ["environment", "charity_news", "heritage", "transport_news"]
#: L split the same way (chosen before L was scored, alternating its families): ``ldev`` open, ``lheld`` held out
L_DEV = ["sports_federation", "music_news", "weather_disaster", "env_wildlife"]
L_HELD = ["oil_energy", "kids_mag", "metro_transport", "charity_ngo"]
#: M split the same way (chosen before M was scored, alternating its families): ``mdev`` open, ``mheld`` held out
M_DEV = ["judiciary_courts", "bank_insurance", "esports_news", "tour_agency"]
M_HELD = ["fashion_beauty", "defence_news", "school_education", "startup_tech"]
#: N split the same way (chosen before N was scored, alternating its families): ``ndev`` open, ``nheld`` held out
N_DEV = ["city_local", "series_review", "health_insurance", "realestate"]
N_HELD = ["campus_science", "recipe_food", "bourse_channel", "retirees_labour"]
#: O split the same way (chosen before O was scored, alternating its families): ``odev`` open, ``oheld`` held out
O_DEV = ["foreign_desk", "opinion_site", "statement_portal", "podcast_show"]
O_HELD = ["live_desk", "diaspora_outlet", "research_ngo", "culture_foundation"]
#: P split the same way (chosen before P was scored, alternating its families): ``pdev`` open, ``pheld`` held out
P_DEV = ["foreign_service", "regional_local", "thinktank_brief", "martyrs_memorial"]
P_HELD = ["party_campaign", "women_society", "shop_blog", "tech_explainer"]
#: Q split the same way (chosen before Q was scored, alternating its families): ``qdev`` open, ``qheld`` held out
Q_DEV = ["scroll_portal", "comment_portal", "doctor_qa", "weekly_mag"]
Q_HELD = ["old_table_daily", "paged_mag", "cache_mirror", "gallery_sport"]
#: R split the same way (chosen before R was scored, alternating its families): ``rdev`` open, ``rheld`` held out
R_DEV = ["county_portal", "heyat_religious", "chamber_commerce", "expat_community"]
R_HELD = ["club_official", "gadget_blog", "utility_pr", "commodity_market"]
#: S split the same way (chosen before S was scored, alternating its families): ``sdev`` open, ``sheld`` held out
S_DEV = ["police_news", "telecom_operator", "election_results", "zurkhaneh_sport"]
S_HELD = ["airline_airport", "port_shipping", "theatre_stage", "regional_lang"]
#: T split the same way (chosen before T was scored, alternating its families): ``tdev`` open, ``theld`` held out
T_DEV = ["hospital_medical", "library_bookfair", "mining_industry", "hajj_pilgrimage"]
T_HELD = ["logistics_courier", "qarz_fund", "wedding_events", "fire_rescue"]
#: U split the same way (chosen before U was scored, alternating its families): ``udev`` open, ``uheld`` held out
U_DEV = ["veterinary_livestock", "water_dam", "literary_translation", "rideshare_taxi"]
U_HELD = ["governor_office", "customs_tax", "olympic_committee", "astronomy_club"]
#: V split the same way (chosen before V was scored, alternating its families): ``vdev`` open, ``vheld`` held out
V_DEV = ["pharma_fda", "awqaf_endowment", "carpet_trade", "free_zone"]
V_HELD = ["chess_federation", "standards_agency", "notary_registry", "hotel_booking"]
#: W split the same way (chosen before W was scored, alternating its families): ``wdev`` open, ``wheld`` held out
W_DEV = ["fisheries", "red_crescent", "nomads_tribal", "patent_ip"]
W_HELD = ["film_festival", "art_gallery", "postal_philately", "language_institute"]
#: X split the same way (chosen by X's writer before X was scored, alternating its families: the 1st, 3rd, 5th
#: and 7th open): ``xdev`` open, ``xheld`` held out
X_DEV = ["beekeeping", "mountaineering", "pet_shop_blog", "traditional_medicine"]
X_HELD = ["saffron_trade", "dental_clinic", "rural_development", "tea_plantation"]
#: Y split the same way (chosen by Y's writer before Y was scored, alternating its families: the 1st, 3rd, 5th
#: and 7th open): ``ydev`` open, ``yheld`` held out
Y_DEV = ["handicrafts", "science_park", "driving_school", "houseplant_forum"]
Y_HELD = ["pistachio_trade", "bakery_flour", "cooperative_union", "dubbing_voice"]
#: Z split the same way (chosen by Z's writer before Z was scored, alternating its families: the 1st, 3rd, 5th
#: and 7th open): ``zdev`` open, ``zheld`` held out
Z_DEV = ["seismology_center", "cycling_club", "rosewater_kashan", "ski_resort"]
Z_HELD = ["calligraphy_assoc", "blood_transfusion", "sericulture_silk", "gold_coin_market"]
#: AA split the same way (chosen by AA's writer before AA was scored, alternating its families: the 1st, 3rd, 5th
#: and 7th open): ``aadev`` open, ``aaheld`` held out
AA_DEV = ["date_palm", "ceramic_tile", "diabetes_assoc", "citrus_orchard"]
AA_HELD = ["robotics_league", "equestrian_club", "rail_passenger", "deaf_community"]
#: AB split the same way (chosen by AB's writer before AB was scored, alternating its families: the 1st, 3rd, 5th
#: and 7th open): ``abdev`` open, ``abheld`` held out
AB_DEV = ["poultry_egg", "quran_contest", "mushroom_farm", "paragliding_air"]
AB_HELD = ["ecolodge", "furniture_wood", "ems_emergency", "building_stone"]
#: AC split the same way (chosen by AC's writer before AC was scored, alternating its families: the 1st, 3rd, 5th
#: and 7th open): ``acdev`` open, ``acheld`` held out
AC_DEV = ["irib_provincial", "insurance_claims", "box_office", "pharmacy_shortage"]
AC_HELD = ["auto_recall", "futsal_handball", "sugar_tea_trade", "knowledge_firms"]
#: AD split the same way (chosen by AD's writer before AD was scored, alternating its families: the 1st, 3rd, 5th
#: and 7th open): ``addev`` open, ``adheld`` held out
AD_DEV = ["obituary_notices", "shrine_news", "military_service", "intercity_bus"]
AD_HELD = ["city_council", "cash_subsidy", "fuel_card", "kindergarten"]
#: AE split the same way (chosen by AE's writer before AE was scored, alternating its families: the 1st, 3rd, 5th
#: and 7th open): ``aedev`` open, ``aeheld`` held out
AE_DEV = ["air_quality", "power_outage", "friday_prayer", "zoo_parks"]
AE_HELD = ["car_lottery", "passport_border", "student_welfare", "traffic_police"]
#: AF split the same way (chosen by AF's writer before AF was scored, alternating its families: the 1st, 3rd, 5th
#: and 7th open): ``afdev`` open, ``afheld`` held out
AF_DEV = ["organ_donation", "rural_roads", "plant_protection", "vaccination_drive"]
AF_HELD = ["statistics_center", "archaeology_dig", "gas_network", "bridge_tunnel"]
#: AG split the same way (chosen by AG's writer before AG was scored, alternating its families: the 1st, 3rd, 5th
#: and 7th open): ``agdev`` open, ``agheld`` held out
AG_DEV = ["desalination", "welfare_behzisti", "forest_rangers", "cyber_security"]
AG_HELD = ["wrestling_league", "auto_parts", "moon_sighting", "science_olympiad"]
#: AH split the same way (chosen by AH's writer before AH was scored, alternating its families: the 1st, 3rd, 5th
#: and 7th open): ``ahdev`` open, ``ahheld`` held out
AH_DEV = ["wheat_procurement", "qanat_heritage", "rice_paddy", "wetland_birds"]
AH_HELD = ["ipo_offering", "marathon_running", "arbaeen_walk", "gym_bodybuilding"]
#: AI split the same way (chosen by AI's writer before AI was scored, alternating its families: the 1st, 3rd, 5th
#: and 7th open): ``aidev`` open, ``aiheld`` held out
AI_DEV = ["land_subsidence", "phone_registry", "elite_emigration", "online_shopping"]
AI_HELD = ["football_transfers", "home_appliances", "infertility_care", "forex_rial"]
#: AJ split the same way (chosen by AJ's writer before AJ was scored, alternating its families: the 1st, 3rd, 5th
#: and 7th open): ``ajdev`` open, ``ajheld`` held out
AJ_DEV = ["nuclear_talks", "caspian_sturgeon", "dust_storms", "heatwave_blackouts"]
AJ_HELD = ["refugee_route", "saffron_export", "pistachio_orchards", "cheetah_conservation"]
#: AK split the same way (chosen by AK's writer before AK was scored, alternating its families: the 1st, 3rd, 5th
#: and 7th open): ``akdev`` open, ``akheld`` held out
AK_DEV = ["kabul_water", "university_dorms", "volleyball_league", "home_solar"]
AK_HELD = ["afghan_returnees", "dispute_councils", "steel_market", "electric_motorbikes"]
#: AL split the same way (chosen by AL's writer before AL was scored, alternating its families: the 1st, 3rd, 5th
#: and 7th open): ``aldev`` open, ``alheld`` held out
AL_DEV = ["metro_expansion", "paper_industry", "stray_animals", "zagros_wildfires"]
AL_HELD = ["bank_mergers", "flood_relief", "telecom_tariffs", "rare_diseases"]
#: AM split the same way (chosen by AM's writer before AM was scored, alternating its families: the 1st, 3rd, 5th
#: and 7th open): ``amdev`` open, ``amheld`` held out
AM_DEV = ["beach_football", "science_museums", "medical_tourism", "dairy_prices"]
AM_HELD = ["pension_funds", "water_polo", "snowbound_roads", "school_buses"]
#: AN split the same way (chosen by AN's writer before AN was scored, alternating its families: the 1st, 3rd, 5th
#: and 7th open): ``andev`` open, ``anheld`` held out
AN_DEV = ["glass_recycling", "archery_clubs", "civil_drones", "hot_springs"]
AN_HELD = ["dialysis_patients", "lake_urmia", "tuberculosis_care", "table_tennis"]
#: AO split the same way (chosen by AO's writer before AO was scored, alternating its families: the 1st, 3rd, 5th
#: and 7th open; each half has two HTML kinds and two flat-text kinds): ``aodev`` open, ``aoheld`` held out
AO_DEV = ["wheelchair_basketball", "ride_hailing", "oral_history", "tax_filing"]
AO_HELD = ["desert_greening", "indie_games", "specialty_coffee", "free_software"]
#: AP split by a seeded shuffle (drawn by AP's writer before AP was scored: ``random.Random("ap-split:367")`` shuffled
#: its families, the 1st, 3rd, 5th and 7th of that order open; each half has one flat-text kind): ``apdev`` open,
#: ``apheld`` held out
AP_DEV = ["bird_migration", "solar_rooftops", "caspian_fisheries", "carpet_weaving"]
AP_HELD = ["sleep_health", "futsal_league", "urban_gardening", "railway_freight"]
#: AQ split by a seeded shuffle (drawn by AQ's writer before AQ was scored: ``random.Random("aq-split:373")`` shuffled
#: its families, the 1st, 3rd, 5th and 7th of that order open): ``aqdev`` open, ``aqheld`` held out
AQ_DEV = ["water_ministry", "flood_warnings", "history_podcasts", "currency_market"]
AQ_HELD = ["smartphone_reviews", "calligraphy_blogs", "persian_novels", "pilgrim_caravans"]
#: AR split by a seeded shuffle (drawn by AR's writer before AR was scored: ``random.Random("ar-split:379")`` shuffled
#: its families in the brief's order, the 1st, 3rd, 5th and 7th of that order open): ``ardev`` open, ``arheld`` held out
AR_DEV = ["startup_feeds", "soil_science", "fasting_questions", "tehran_marathon"]
AR_HELD = ["alumni_forwards", "school_newsletters", "wildlife_photos", "diaspora_translated"]
#: AS split fixed by AS's brief before AS was scored (its kinds 1-4 open, 5-8 held): ``asdev`` open, ``asheld`` held
#: out
AS_DEV = ["saffron_harvest", "esports_league", "veteran_actors", "home_remedies"]
AS_HELD = ["teacher_unions", "university_circulars", "nomad_migration", "banned_weeklies"]
#: AT split fixed by AT's brief before AT was scored (its kinds 1-4 open, 5-8 held): ``atdev`` open, ``atheld`` held
#: out
AT_DEV = ["dairy_cooperatives", "customs_circulars", "wrestling_clips", "aras_mirrors"]
AT_HELD = ["bread_clippings", "metro_app", "tenant_rights", "pension_columns"]
#: AU split fixed by AU's brief before AU was scored (its kinds 1-4 open, 5-8 held): ``audev`` open, ``auheld`` held
#: out
AU_DEV = ["grain_imports", "ev_chargers", "migrant_workers", "internet_outages"]
AU_HELD = ["cement_market", "health_rumours", "provincial_budgets", "water_pricing"]
#: AV split fixed by AV's brief before AV was scored (its kinds 1-4 open, 5-8 held): ``avdev`` open, ``avheld`` held
#: out
AV_DEV = ["street_trees", "rail_freight", "hamun_lake", "night_bakeries"]
AV_HELD = ["seed_banks", "elevator_safety", "fishing_ports", "bicycle_lanes"]
#: AW split fixed by AW's brief before AW was scored (its kinds 1-4 open, 5-8 held): ``awdev`` open, ``awheld`` held
#: out
AW_DEV = ["dam_reservoirs", "airport_delays", "honey_farms", "taxi_meters"]
AW_HELD = ["desert_locusts", "bread_queues", "chess_clubs", "rural_clinics"]
#: AX split fixed by AX's brief before AX was scored (its kinds 1-4 open, 5-8 held): ``axdev`` open, ``axheld`` held
#: out
AX_DEV = ["carpet_exports", "pension_claims", "qanat_repairs", "ferry_routes"]
AX_HELD = ["hail_storms", "olive_groves", "tree_census", "wildfire_updates"]
#: AY split fixed by AY's brief before AY was scored (its kinds 1-4 open, 5-8 held): ``aydev`` open, ``ayheld`` held
#: out
AY_DEV = ["apricot_drying", "brick_kilns", "camel_breeding", "copper_mines"]
AY_HELD = ["salt_lakes", "silk_weaving", "tile_workshops", "rose_water"]
#: AZ split fixed by AZ's brief before AZ was scored (its kinds 1-4 open, 5-8 held): ``azdev`` open, ``azheld`` held
#: out
AZ_DEV = ["lentil_fields", "pomegranate_juice", "bus_terminals", "walnut_orchards"]
AZ_HELD = ["tea_auctions", "kiwi_exports", "wheat_silos", "pearl_diving"]
#: BA split fixed by BA's brief before BA was scored (its kinds 1-4 open, 5-8 held): ``badev`` open, ``baheld`` held
#: out
BA_DEV = ["saffron_fields", "barberry_farms", "quince_orchards", "pistachio_drying"]
BA_HELD = ["caviar_ponds", "sturgeon_rivers", "falcon_breeding", "date_palms"]
#: BB split fixed by BB's brief before BB was scored (its kinds 1-4 open, 5-8 held): ``bbdev`` open, ``bbheld`` held
#: out
BB_DEV = ["carpet_looms", "mosaic_guilds", "copper_bazaar", "glass_blowers"]
BB_HELD = ["felt_makers", "enamel_works", "inlay_studios", "miniature_painters"]
SHARED = REPO.parent / "shared"
METRICS = ["title_exact", "section_match", "agency_match", "published_match", "lead_match", "body_f1",
           "chrome_leak_rate", "negatives_rejected", "articles_wrongly_rejected", "dup_precision", "dup_recall"]
#: the bars of issue 12 (``<=`` for the rates that must stay low)
BARS = {"title_exact": 0.95, "section_match": 0.90, "agency_match": 0.95, "published_match": 0.95,
        "body_f1": 0.97, "chrome_leak_rate": 0.02}
SETS: dict[str, tuple] = {
        "unseen": ("unseen_families", 1401), "a": ("site_families_a", 11), "c": ("site_families_c", 7),
        "b": ("site_families_b", "families-b-v1"), "d": ("html_families_d", 99),
        "e": ("site_families_e", 23), "f": ("site_families_f", 31),
        "fdev": ("site_families_f", 31, F_DEV), "fheld": ("site_families_f", 31, F_HELD),
        "g": ("site_families_g", 41), "gdev": ("site_families_g", 41, G_DEV),
        "gheld": ("site_families_g", 41, G_HELD), "h": ("site_families_h", 53),
        "hdev": ("site_families_h", 53, H_DEV), "hheld": ("site_families_h", 53, H_HELD),
        "i": ("site_families_i", 61), "idev": ("site_families_i", 61, I_DEV),
        "iheld": ("site_families_i", 61, I_HELD),
        "j": ("site_families_j", 71), "jdev": ("site_families_j", 71, J_DEV),
        "jheld": ("site_families_j", 71, J_HELD),
        "k": ("site_families_k", 81), "kdev": ("site_families_k", 81, K_DEV),
        "kheld": ("site_families_k", 81, K_HELD),
        "l": ("site_families_l", 91), "ldev": ("site_families_l", 91, L_DEV),
        "lheld": ("site_families_l", 91, L_HELD),
        "m": ("site_families_m", 101), "mdev": ("site_families_m", 101, M_DEV),
        "mheld": ("site_families_m", 101, M_HELD),
        "n": ("site_families_n", 111), "ndev": ("site_families_n", 111, N_DEV),
        "nheld": ("site_families_n", 111, N_HELD),
        "o": ("site_families_o", 121), "odev": ("site_families_o", 121, O_DEV),
        "oheld": ("site_families_o", 121, O_HELD),
        "p": ("site_families_p", 131), "pdev": ("site_families_p", 131, P_DEV),
        "pheld": ("site_families_p", 131, P_HELD),
        "q": ("site_families_q", 141), "qdev": ("site_families_q", 141, Q_DEV),
        "qheld": ("site_families_q", 141, Q_HELD),
        "r": ("site_families_r", 151), "rdev": ("site_families_r", 151, R_DEV),
        "rheld": ("site_families_r", 151, R_HELD),
        "s": ("site_families_s", 161), "sdev": ("site_families_s", 161, S_DEV),
        "sheld": ("site_families_s", 161, S_HELD),
        "t": ("site_families_t", 171), "tdev": ("site_families_t", 171, T_DEV),
        "theld": ("site_families_t", 171, T_HELD),
        "u": ("site_families_u", 181), "udev": ("site_families_u", 181, U_DEV),
        "uheld": ("site_families_u", 181, U_HELD),
        "v": ("site_families_v", 197), "vdev": ("site_families_v", 197, V_DEV),
        "vheld": ("site_families_v", 197, V_HELD),
        "w": ("site_families_w", 211), "wdev": ("site_families_w", 211, W_DEV),
        "wheld": ("site_families_w", 211, W_HELD),
        "x": ("site_families_x", 223), "xdev": ("site_families_x", 223, X_DEV),
        "xheld": ("site_families_x", 223, X_HELD),
        "y": ("site_families_y", 227), "ydev": ("site_families_y", 227, Y_DEV),
        "yheld": ("site_families_y", 227, Y_HELD),
        "z": ("site_families_z", 229), "zdev": ("site_families_z", 229, Z_DEV),
        "zheld": ("site_families_z", 229, Z_HELD),
        "aa": ("site_families_aa", 231), "aadev": ("site_families_aa", 231, AA_DEV),
        "aaheld": ("site_families_aa", 231, AA_HELD),
        "ab": ("site_families_ab", 241), "abdev": ("site_families_ab", 241, AB_DEV),
        "abheld": ("site_families_ab", 241, AB_HELD),
        "ac": ("site_families_ac", 251), "acdev": ("site_families_ac", 251, AC_DEV),
        "acheld": ("site_families_ac", 251, AC_HELD),
        "ad": ("site_families_ad", 263), "addev": ("site_families_ad", 263, AD_DEV),
        "adheld": ("site_families_ad", 263, AD_HELD),
        "ae": ("site_families_ae", 271), "aedev": ("site_families_ae", 271, AE_DEV),
        "aeheld": ("site_families_ae", 271, AE_HELD),
        "af": ("site_families_af", 281), "afdev": ("site_families_af", 281, AF_DEV),
        "afheld": ("site_families_af", 281, AF_HELD),
        "ag": ("site_families_ag", 291), "agdev": ("site_families_ag", 291, AG_DEV),
        "agheld": ("site_families_ag", 291, AG_HELD),
        "ah": ("site_families_ah", 301), "ahdev": ("site_families_ah", 301, AH_DEV),
        "ahheld": ("site_families_ah", 301, AH_HELD),
        "ai": ("site_families_ai", 311), "aidev": ("site_families_ai", 311, AI_DEV),
        "aiheld": ("site_families_ai", 311, AI_HELD),
        "aj": ("site_families_aj", 317), "ajdev": ("site_families_aj", 317, AJ_DEV),
        "ajheld": ("site_families_aj", 317, AJ_HELD),
        "ak": ("site_families_ak", 331), "akdev": ("site_families_ak", 331, AK_DEV),
        "akheld": ("site_families_ak", 331, AK_HELD),
        "al": ("site_families_al", 347), "aldev": ("site_families_al", 347, AL_DEV),
        "alheld": ("site_families_al", 347, AL_HELD),
        "am": ("site_families_am", 349), "amdev": ("site_families_am", 349, AM_DEV),
        "amheld": ("site_families_am", 349, AM_HELD),
        "an": ("site_families_an", 353), "andev": ("site_families_an", 353, AN_DEV),
        "anheld": ("site_families_an", 353, AN_HELD),
        "ao": ("site_families_ao", 359), "aodev": ("site_families_ao", 359, AO_DEV),
        "aoheld": ("site_families_ao", 359, AO_HELD),
        "ap": ("site_families_ap", 367), "apdev": ("site_families_ap", 367, AP_DEV),
        "apheld": ("site_families_ap", 367, AP_HELD),
        "aq": ("site_families_aq", 373), "aqdev": ("site_families_aq", 373, AQ_DEV),
        "aqheld": ("site_families_aq", 373, AQ_HELD),
        "ar": ("site_families_ar", 379), "ardev": ("site_families_ar", 379, AR_DEV),
        "arheld": ("site_families_ar", 379, AR_HELD),
        "as": ("site_families_as", 383), "asdev": ("site_families_as", 383, AS_DEV),
        "asheld": ("site_families_as", 383, AS_HELD),
        "at": ("site_families_at", 389), "atdev": ("site_families_at", 389, AT_DEV),
        "atheld": ("site_families_at", 389, AT_HELD),
        "au": ("site_families_au", 397), "audev": ("site_families_au", 397, AU_DEV),
        "auheld": ("site_families_au", 397, AU_HELD),
        "av": ("site_families_av", 409), "avdev": ("site_families_av", 409, AV_DEV),
        "avheld": ("site_families_av", 409, AV_HELD),
        "aw": ("site_families_aw", 421), "awdev": ("site_families_aw", 421, AW_DEV),
        "awheld": ("site_families_aw", 421, AW_HELD),
        "ax": ("site_families_ax", 433), "axdev": ("site_families_ax", 433, AX_DEV),
        "axheld": ("site_families_ax", 433, AX_HELD),
        "ay": ("site_families_ay", 450), "aydev": ("site_families_ay", 450, AY_DEV),
        "ayheld": ("site_families_ay", 450, AY_HELD),
        "az": ("site_families_az", 460), "azdev": ("site_families_az", 460, AZ_DEV),
        "azheld": ("site_families_az", 460, AZ_HELD),
        "ba": ("site_families_ba", 470), "badev": ("site_families_ba", 470, BA_DEV),
        "baheld": ("site_families_ba", 470, BA_HELD),
        "bb": ("site_families_bb", 480), "bbdev": ("site_families_bb", 480, BB_DEV),
        "bbheld": ("site_families_bb", 480, BB_HELD)}


def _module(name: str):
    sys.path.insert(0, str(REPO / "tests"))
    return __import__(name)


def _scorer():
    spec = importlib.util.spec_from_file_location("score_pages", SHARED / "tools" / "score_pages.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score_set(name: str, n: int, workers: int, tmp: Path, scramble: bool = False, transplant: bool = False,
              html_timeout: float = 10.0) -> dict:
    gen = tmp / name
    if name == "dev":
        dev = SHARED / "data" / "dev-pages"
        if transplant:
            shutil.copytree(dev / "pages", gen / "pages", dirs_exist_ok=True)
            shutil.copy(dev / "gold.jsonl", gen / "gold.jsonl")
        else:
            gen = dev
    else:
        module, seed, *families = SETS[name]
        _module(module).build(gen, n=n, seed=seed, **({"families": families[0]} if families else {}))
    pages, gold = gen / "pages", gen / "gold.jsonl"
    if transplant:
        sys.path.insert(0, str(REPO / "bench"))
        from transplant import transplant as move
        move(pages, gold, seed=0)
    renamed = {}
    if scramble:
        from scramble import scramble_set  # (bench/scramble.py, beside this file)
        renamed = scramble_set(pages, gold, tmp / f"{name}-scrambled")
        pages, gold = tmp / f"{name}-scrambled" / "pages", tmp / f"{name}-scrambled" / "gold.jsonl"
    out = tmp / f"{name}-out"
    config = tmp / f"{name}-config.toml"
    config.write_text(f"[extract]\nhtml_timeout = {float(html_timeout)}\n")
    subprocess.run([sys.executable, "-m", "palayesh", "refine", str(pages), "-o", str(out), "--overwrite", "-q",
                    "--config", str(config), "--workers", str(workers)], check=True)
    return {**_scorer().score(str(gold), str(out), str(tmp / f"{name}-details.jsonl")), **renamed}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400, help="pages per generated set")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--only", nargs="*", default=["dev", "unseen", "a", "c", "d", "e", "b", "f"],
                    choices=["dev", "unseen", *SETS])
    ap.add_argument("--scramble", action="store_true", help="rename each set's chrome words (bench/scramble.py)")
    ap.add_argument("--transplant", action="store_true",
                    help="show each set's sections and dates another way first (bench/transplant.py)")
    ap.add_argument("--html-timeout", type=float, default=60.0,
                    help="per-page HTML time limit in seconds (palayesh's default is 10); the scores measure "
                         "extraction, and on a loaded machine pages hit 10 s and rows moved by noise")
    ap.add_argument("--keep", type=Path, help="write the sets, outputs and details here, not in a temporary dir")
    args = ap.parse_args(argv)
    rows = {}
    with tempfile.TemporaryDirectory(prefix="palayesh-families-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for name in args.only:
            rows[name + ("+t" if args.transplant else "")] = score_set(name, args.n, args.workers, work,
                                                                      args.scramble, args.transplant,
                                                                      args.html_timeout)
    metrics = METRICS + (["chrome_words_renamed", "chrome_lines_changed"] if args.scramble else [])
    width = max(len(m) for m in metrics)
    heads = [s + " (held)" if s.removesuffix("+t") in HELD_OUT else s for s in rows]
    print(f"{'':{width}} " + " ".join(f"{h:>13}" for h in heads) + "   bar")
    for m in metrics:
        bar = BARS.get(m)
        print(f"{m:{width}} " + " ".join(f"{r[m]:>13.4f}" for r in rows.values())
              + (f"   {'<=' if m == 'chrome_leak_rate' else '>='} {bar}" if bar is not None else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
