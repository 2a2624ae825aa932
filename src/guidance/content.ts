/**
 * The guidance pages' content: one page per handbook section the checks cite (GUIDANCE_SECTIONS), in Japanese and
 * English. The facts and section numbers come from the staff handbook (統一基準 令和7年度版の職員向け解説); the sentences
 * are our own (test/launchevent/guidance-pages.test.ts fails on a copied sentence). render.ts turns this into the
 * static pages at build time (webpack: dist/guidance/{ja,en}/<section>.html); nothing here runs in Outlook.
 */
import type { CheckId, GuidanceSection } from "../core/checks/ids";
import type { Lang } from "../core/i18n/types";
import { guidanceSlug } from "./slug";

export interface GuidancePage {
  readonly title: string;
  readonly lead: string;
  readonly points: readonly string[];
  /** What the send check flags under this section: one entry per check that cites it. */
  readonly checks: readonly { readonly check: CheckId; readonly text: string }[];
  /** The items of the unified standard (統一基準) the section rests on. */
  readonly refs: readonly string[];
}

/** The words around the content: headings, footer, index. */
export interface GuidanceChrome {
  readonly product: string;
  readonly points: string;
  readonly checks: string;
  readonly refs: string;
  readonly note: string;
  readonly index: string;
  /** The link to the other language's page, written in that language. */
  readonly other: string;
  readonly indexTitle: string;
  readonly indexLead: string;
  /** The link text for STANDARDS_URL. */
  readonly standards: string;
  /** The line above the title naming the handbook section. */
  sectionLabel(section: GuidanceSection): string;
  /** The section as this language's pages name it in titles and the index ("2章-4" in Japanese, "2-4" in English). */
  pageSection(section: GuidanceSection): string;
  /** Where the page's content comes from, before the link to the standards. */
  source(section: GuidanceSection, title: string): string;
}

const JA: Record<GuidanceSection, GuidancePage> = {
  "1章-1": {
    title: "格付と取扱制限を決めて表示する",
    lead: "情報を作ったり外から受け取ったりしたら、その時点で格付と取扱制限を決め、誰が見てもすぐ分かるように表示します。",
    points: [
      "格付には「機密性」「完全性」「可用性」の3種類があります。メールで特に大事なのは機密性（機密性１〜３）です。",
      "表示（明示等）は、文書のヘッダーやファイル名に格付を書くのが一般的です。規程で省略してよいと決めている場合もあります。",
      "既に格付のある資料を参照・複製して新しい資料を作るときは、元の資料の機密性と取扱制限をそのまま引き継ぎます。",
      "内容を直したなどで格付を見直したいときは、格付を決めた人（またはその上司）に確認してから変えます。",
      "格付だけで足りないときは取扱制限を付けます。例：「○○担当者限り」（見る人を限る）、「複製禁止」、「転送禁止」。",
      "「機密性２」の表示が残った資料がそのまま公開サイトに載り、話題になった例があります。公表前には表示を見直しましょう。",
    ],
    checks: [
      {
        check: "label-inheritance",
        text: "添付ファイルの格付が件名の格付より高いとき、件名にも同じ格付を書くよう促します。",
      },
      {
        check: "unlabelled-attachment",
        text: "組織外へ送る添付に格付の表示がないことを知らせます（組織の設定で有効な場合）。",
      },
    ],
    refs: ["統一基準 3.1.1(3) 情報の格付及び取扱制限の決定・明示等"],
  },
  "1章-2": {
    title: "格付と取扱制限に従って使う・保存する",
    lead: "表示された格付と取扱制限は、その情報を扱う全員が守るルールです。メールで送る前にも確かめましょう。",
    points: [
      "情報は、自分の担当業務に必要な範囲でだけ使います。",
      "格付や取扱制限が分からないときは、作った人や入手先に確認・相談します。",
      "所属組織の規程や実施手順（組織のルール）を知っておき、すぐ参照できるよう置き場所も把握しておきます。",
      "行政機関等の個人情報漏えいの原因は「誤送付」が45.6%で最も多くなっています（令和４年度 個人情報保護委員会年次報告）。",
      "公開すべきでない個人情報を含むファイルを外部の組織へメールで送ってしまった例があります（2021年2月）。",
      "規程への重大な違反を知ったときは、情報セキュリティ責任者に報告します。",
    ],
    checks: [
      {
        check: "handling-restriction",
        text: "「転送禁止」の内容を転送しようとしたとき、「○○限り」の範囲外へ送ろうとしたとき、「送信禁止」の内容を送ろうとしたときに知らせます。",
      },
    ],
    refs: [
      "統一基準 3.1.1(2) 情報の目的外での利用等の禁止",
      "統一基準 3.1.1(4) 情報の利用・保存",
      "統一基準 2.2.1(2) 違反への対処",
    ],
  },
  "1章-3": {
    title: "組織外へ提供する・公表する",
    lead: "組織の外へ出してよい情報かどうか、送る前・公表する前に必ず確かめます。",
    points: [
      "公表してよいのは機密性１の情報だけです。公表前に格付を確認します。",
      "見てよい範囲の外の人へ渡す必要があるときは、格付と取扱制限を決めた人に相談し、その判断に従います。",
      "渡すときは、相手先でも格付と取扱制限に合った扱いをしてもらえるよう、取扱い上の注意を確実に伝えます。",
      "独立行政法人・指定法人の職員が機密性３の情報を範囲外へ渡すには、課室情報セキュリティ責任者の許可が要ります。",
      "要保護情報を渡すときは安全な手段を使います。例：ファイルを暗号化して組織が指定したメールで送る、通信の暗号化を確かめたうえで組織が承認したオンラインストレージで渡す。",
      "公にしない約束で受け取った情報を含む資料を、外部にメールで送ってしまった例があります（2021年8月）。",
    ],
    checks: [
      {
        check: "external-confidential",
        text: "件名・本文・添付に「機密性２」などの表示がある情報を組織外へ送ろうとしたときに確認を促し、機密性３・極秘などは送信を止めます。",
      },
    ],
    refs: ["統一基準 3.1.1(5) 情報の提供・公表"],
  },
  "1章-4": {
    title: "情報を運ぶ・送る",
    lead: "運ぶとき・送るときには盗難や紛失、誤送信の危険があります。格付に合った安全策をとってから送りましょう。",
    points: [
      "要保護情報をメールなどで送るときは、安全な送り方を選び、格付と取扱制限に応じた対策（暗号化など）をとります。",
      "要保護情報を記録した媒体を管理区域の外へ持ち出すときも、運び方を決めて安全策をとります。",
      "USBメモリなどは、組織が使用を認めたものだけを使い、組織の手順に従います。",
      "個人情報の漏えい経路のうち電子メールは21.4%を占めます（2018年 JNSA 調査報告）。",
      "独立行政法人・指定法人が機密性３の情報をインターネット以外の機関等外の回線で送るときは、暗号化したうえで課室情報セキュリティ責任者が指定する方法で送ります。",
    ],
    checks: [
      {
        check: "unencrypted-attachment",
        text: "要機密の添付ファイルが暗号化されないまま組織外へ出ようとしているときに知らせます。",
      },
    ],
    refs: ["統一基準 3.1.1(6) 情報の運搬・送信"],
  },
  "2章-4": {
    title: "電子メールを送るとき",
    lead: "送信ボタンを押す前に、宛先と添付ファイルをもう一度確認しましょう。",
    points: [
      "仕事のメールは、組織が運営または委託しているメールサービスを使います。",
      "組織外の人とメールをやり取りするときは、政府ドメイン名のアドレスを使います。",
      "要保護情報をメールで送るときは、暗号化などの安全策をとります。",
      "宛先や添付の誤りがないか、BCCにすべき宛先を「宛先」や「CC」に入れていないかを、送信前に必ず確認します。",
      "複数の外部の人へ送るとき、BCCに入れるべきアドレスをCCに入れて送ってしまった例があります（2021年11月）。",
      "人事異動案を誤って全職員宛てに一斉送信してしまった例もあります（2017年1月）。",
      "不審なメールを受け取ったときの対処は4章-4を見てください。",
    ],
    checks: [
      {
        check: "bcc-expected",
        text: "組織外の複数の組織のアドレスが「宛先」「CC」で互いに見えるときに、BCCへ移すよう促します。",
      },
      {
        check: "lookalike-domain",
        text: "組織や取引先のドメインに似た別のドメインが宛先にあるときに知らせます。",
      },
      {
        check: "new-domain-in-reply",
        text: "返信に、返信先のやり取りになかった組織外の宛先を加えたときに知らせます。引用したそれまでの内容も相手に届くため、送ってよい相手か確かめてください。",
      },
      {
        check: "ppap",
        text: "パスワード付きZIPとパスワードを同じメールで送ろうとしているときに知らせます。組織が指定する方法で渡してください。",
      },
      {
        check: "unencrypted-attachment",
        text: "要機密の添付が暗号化されずに組織外へ出るときに知らせます。",
      },
    ],
    refs: ["統一基準 3.1.1(6) 情報の運搬・送信", "統一基準 8.1.1(5) 電子メール・ウェブの利用時の対策"],
  },
  "3章-2": {
    title: "フリーメールなどのクラウドサービス",
    lead: "フリーメールやオンラインストレージなどは、組織の許可なく仕事に使ってはいけません。",
    points: [
      "組織から利用の承認を得ていないクラウドサービスは、仕事に使いません。情報漏えいにつながります。",
      "許可されたサービスでも、要機密情報を扱ってよいかを確かめてから使います。",
      "要機密情報を扱わない前提でサービスを使うときも、約款などからリスクを確認したうえで、許可権限者に利用を申請します。",
      "使う前に、所属機関の情報セキュリティポリシーを確認します。",
    ],
    checks: [
      {
        check: "freemail-recipient",
        text: "要機密の内容をフリーメールなど個人のアドレスへ送ろうとしているときに知らせます。",
      },
    ],
    refs: [
      "統一基準 4.2.3(2) 要機密情報を取り扱わない場合のクラウドサービスの利用における対策の実施",
      "統一基準 8.1.1(3) 情報システムの利用時の基本的対策",
    ],
  },
  "4章-4": {
    title: "不審なメールを受け取ったとき",
    lead: "怪しいと思ったら、開かず、クリックせず、すぐに報告窓口へ連絡します。",
    points: [
      "不審なメールとは、職員や取引先・委託先などになりすまし、重要な情報を盗むなどの目的で送られてくるメールです（標的型メール攻撃）。",
      "添付ファイルを開いたり、本文のURLをクリックしたりしないでください。",
      "気づいたら報告窓口に連絡し、その指示に従います。対処はあらかじめ決められた手順に沿って行います。",
      "警察庁が令和2年に把握した標的型メール攻撃は4,119件でした。",
    ],
    checks: [],
    refs: ["統一基準 8.1.1(5)(c) 不審な電子メールを受信した場合の対処"],
  },
  "4章-5": {
    title: "ウイルスに感染したかもしれないとき",
    lead: "感染のおそれがあると思ったら、パソコンの利用をやめ、ネットワークから切り離して、すぐに報告窓口へ連絡します。",
    points: [
      "自分の判断で直そうとせず、組織で決められた手順に従います。",
      "すぐに報告窓口へ連絡し、指示を受けます。",
      "LANケーブルを抜きます。無線LANの場合は無線をオフにして通信を止めます。",
      "電源を切ったり再起動したりせず、そのままの状態を保ちます。",
      "感染したパソコンから、部署名や職員名をかたったメールが送られた例があります（2022年3月）。",
    ],
    checks: [],
    refs: ["統一基準 2.2.4(2) 情報セキュリティインシデントへの対処"],
  },
};

const EN: Record<GuidanceSection, GuidancePage> = {
  "1章-1": {
    title: "Decide and mark the classification and handling restrictions",
    lead: "When you create information or receive it from outside, decide its classification and handling restrictions at once and mark them so anyone can see them.",
    points: [
      "There are three kinds of classification: confidentiality, integrity and availability. For e-mail, confidentiality (機密性１ to ３) matters most.",
      "The usual way to mark a document is to write the classification in its header or file name. Some rules allow the marking to be left out.",
      "A document made by quoting or copying classified material inherits the source's confidentiality class and handling restrictions.",
      "To change a classification after editing, first ask the person who decided it (or their superior).",
      "When a class alone is not enough, add a handling restriction, e.g. “○○担当者限り” (only named staff may read), “複製禁止” (no copies), “転送禁止” (no forwarding).",
      "A document still marked 機密性２ was once published on a public website and drew attention. Review markings before publishing.",
    ],
    checks: [
      {
        check: "label-inheritance",
        text: "Flags an attachment whose class is higher than the subject's, and asks you to mark the subject the same.",
      },
      {
        check: "unlabelled-attachment",
        text: "Flags attachments going outside with no classification marking (if your organisation turns this on).",
      },
    ],
    refs: ["Unified standard 3.1.1(3): deciding and marking classification and handling restrictions"],
  },
  "1章-2": {
    title: "Use and store information as its marking says",
    lead: "The classification and restrictions on a document bind everyone who handles it, including when you e-mail it.",
    points: [
      "Use information only as far as your own duties require.",
      "If the classification or restrictions are unclear, ask whoever created or supplied the information.",
      "Know your organisation's rules and procedures, and where to find them quickly.",
      "Misdirected sending is the largest cause of personal-data leaks in government bodies: 45.6% (Personal Information Protection Commission, annual report FY2022).",
      "In February 2021 a file with personal data that should not have been disclosed was e-mailed to an outside organisation.",
      "If you learn of a serious breach of the rules, report it to the information security officer.",
    ],
    checks: [
      {
        check: "handling-restriction",
        text: "Flags forwarding content marked 転送禁止, sending ○○限り content beyond its circle, and sending content marked 送信禁止.",
      },
    ],
    refs: [
      "Unified standard 3.1.1(2): no use beyond the purpose",
      "Unified standard 3.1.1(4): use and storage",
      "Unified standard 2.2.1(2): handling breaches",
    ],
  },
  "1章-3": {
    title: "Giving information outside or publishing it",
    lead: "Before sending or publishing, make sure the information may leave the organisation.",
    points: [
      "Only 機密性１ information may be published. Check the class first.",
      "If someone outside the permitted circle needs it, consult the person who set the classification and follow their decision.",
      "Tell the recipient how the information must be handled, so they treat it according to its class and restrictions.",
      "Staff of incorporated administrative agencies and designated corporations need the division security officer's permission to give 機密性３ information outside the circle.",
      "Use a safe way to hand over protected information, e.g. encrypt the file and send it through the organisation's designated mail service, or use approved online storage over an encrypted connection.",
      "In August 2021 material containing information received on condition of non-disclosure was e-mailed to an outsider.",
    ],
    checks: [
      {
        check: "external-confidential",
        text: "Asks you to confirm before information marked 機密性２ (or similar) goes outside, and stops 機密性３, 極秘 and the like.",
      },
    ],
    refs: ["Unified standard 3.1.1(5): provision and publication"],
  },
  "1章-4": {
    title: "Carrying and sending information",
    lead: "Carrying or sending information risks theft, loss and misdelivery. Protect it according to its class before it leaves.",
    points: [
      "When you e-mail protected information, choose a safe way and apply measures (such as encryption) that fit its class and restrictions.",
      "The same applies when you take media holding protected information out of the controlled area.",
      "Use only USB memory and media your organisation has approved, and follow its procedure.",
      "E-mail accounts for 21.4% of personal-data leak routes (JNSA survey, 2018).",
      "Incorporated administrative agencies and designated corporations must encrypt 機密性３ information and use the method the division security officer designates when sending it over outside lines other than the internet.",
    ],
    checks: [
      {
        check: "unencrypted-attachment",
        text: "Flags a confidential attachment leaving the organisation without encryption.",
      },
    ],
    refs: ["Unified standard 3.1.1(6): carrying and sending information"],
  },
  "2章-4": {
    title: "Sending e-mail",
    lead: "Before you press Send, check the recipients and attachments once more.",
    points: [
      "Use the mail service your organisation runs or has contracted.",
      "Use a government domain address when exchanging mail with people outside.",
      "Protect confidential information sent by e-mail, e.g. by encryption.",
      "Before sending, make sure no recipient or attachment is wrong and that addresses which belong in BCC are not in To or CC.",
      "In November 2021 addresses that belonged in BCC were put in CC when mailing several outsiders.",
      "In January 2017 a draft of staff transfers was sent to all staff by mistake.",
      "For suspicious mail you receive, see section 4-4.",
    ],
    checks: [
      {
        check: "bcc-expected",
        text: "Asks you to move recipients to Bcc when outside recipients from several organisations can see each other in To/Cc.",
      },
      {
        check: "lookalike-domain",
        text: "Flags a recipient domain that imitates your own or a partner's domain.",
      },
      {
        check: "new-domain-in-reply",
        text: "Flags a reply that adds an outside organisation nobody on the answered message belonged to. The quoted exchange goes to them too, so check that they should have it.",
      },
      {
        check: "ppap",
        text: "Flags a password-protected ZIP sent together with its password. Use the method your organisation designates.",
      },
      {
        check: "unencrypted-attachment",
        text: "Flags a confidential attachment leaving unencrypted.",
      },
    ],
    refs: [
      "Unified standard 3.1.1(6): carrying and sending information",
      "Unified standard 8.1.1(5): measures when using e-mail and the web",
    ],
  },
  "3章-2": {
    title: "Free mail and other cloud services",
    lead: "Do not use free mail, online storage or similar services for work without your organisation's permission.",
    points: [
      "Cloud services without approval must not be used for work: they lead to leaks.",
      "Even with an approved service, check that it may handle confidential information before using it for that.",
      "To use a service on the assumption that no confidential information goes into it, check its terms for risk and apply to the approver.",
      "Read your organisation's information security policy before using any such service.",
    ],
    checks: [
      {
        check: "freemail-recipient",
        text: "Flags confidential content addressed to free-mail or personal mailboxes.",
      },
    ],
    refs: [
      "Unified standard 4.2.3(2): cloud services that do not handle confidential information",
      "Unified standard 8.1.1(3): basic measures when using information systems",
    ],
  },
  "4章-4": {
    title: "When you receive suspicious e-mail",
    lead: "If a message looks suspicious, do not open or click anything, and contact your reporting desk at once.",
    points: [
      "Suspicious mail pretends to come from colleagues, partners or contractors in order to steal important information (targeted mail attacks).",
      "Do not open its attachments or click its links.",
      "Contact the reporting desk and follow its instructions and the procedure set in advance.",
      "The National Police Agency counted 4,119 targeted mail attacks in 2020.",
    ],
    checks: [],
    refs: ["Unified standard 8.1.1(5)(c): handling suspicious e-mail"],
  },
  "4章-5": {
    title: "When your PC may be infected",
    lead: "If you think your PC may be infected, stop using it, disconnect it from the network and contact the reporting desk at once.",
    points: [
      "Do not try to fix it yourself; follow your organisation's procedure.",
      "Contact the reporting desk straight away and follow its instructions.",
      "Unplug the LAN cable; on wireless LAN, switch the wireless connection off.",
      "Do not shut down or restart the PC: leave it as it is.",
      "In March 2022 an infected PC sent mail using the names of a department and its staff.",
    ],
    checks: [],
    refs: ["Unified standard 2.2.4(2): responding to information security incidents"],
  },
};

export const GUIDANCE_CHROME: Record<Lang, GuidanceChrome> = {
  ja: {
    product: "送信前チェック",
    points: "ここがポイント",
    checks: "送信前チェックが知らせること",
    refs: "統一基準の該当箇所",
    note: "このページは職員向けハンドブックの内容を要約したものです。所属組織の規程や手順がある場合は、そちらに従ってください。",
    index: "解説の一覧",
    other: "English",
    indexTitle: "ハンドブック解説",
    indexLead: "送信前チェックの指摘に関係するハンドブックの項目です。",
    standards: "統一基準群（内閣サイバーセキュリティセンター）",
    sectionLabel: (section) => `統一基準ハンドブック ${section}`,
    pageSection: (section) => section,
    source: (section, title) =>
      `職員向けの統一基準ハンドブック ${section}「${title}」を、送信前チェックの利用者向けにまとめたページです。`,
  },
  en: {
    product: "Send Check",
    points: "Key points",
    checks: "What the send check flags",
    refs: "In the unified standard",
    note: "This page summarises the staff handbook. Where your organisation has its own rules or procedures, follow them.",
    index: "All topics",
    other: "日本語",
    indexTitle: "Handbook guidance",
    indexLead: "The handbook sections the send check refers to.",
    standards: "The unified standards (NISC, in Japanese)",
    sectionLabel: (section) => `Handbook section ${guidanceSlug(section)} (${section} in the Japanese handbook)`,
    pageSection: (section) => guidanceSlug(section),
    source: (section, title) =>
      `A summary of the staff handbook on the unified standards, section ${guidanceSlug(section)} “${title}”, for users of the send check.`,
  },
};

/** The unified standards (統一基準群) as NISC publishes them: where the handbook's sections come from. */
export const STANDARDS_URL = "https://www.nisc.go.jp/policy/group/general/kijun.html";

export const GUIDANCE: Record<Lang, Record<GuidanceSection, GuidancePage>> = { ja: JA, en: EN };
