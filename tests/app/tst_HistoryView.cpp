// The history view as a support agent uses it: rows for stored verifications, the filter box
// that finds a number however it is typed, sorting by header, the status filter, the details
// pane, copy, the status refresh through search against the in-process sandbox (batched, with
// progress and cancel), CSV export and clearing with a confirmation from the "Export / More" menu,
// and the rows of filters and buttons that wrap instead of widening the window.

#include "AppHarness.h"
#include "Dialogs.h"
#include "SandboxControl.h"
#include "api/RateGuard.h"
#include "history/HistoryModel.h"
#include "history/HistoryStore.h"
#include "history/HistoryView.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

class tst_HistoryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyStateThenRows();
    void filterFindsANumberHoweverTyped_data();
    void filterFindsANumberHoweverTyped();
    void filterWithoutMatchShowsItsOwnEmptyState();
    void sortsByHeaderClickInSql();
    void statusFilter();
    void operatorAndReferenceAreShownAndFound();
    void dateRangeFilter();
    void detailsPaneShowsEventsChecksAndLastSearch();
    void copiesTheRequestId();
    void verifyAgainHandsTheRecordOver();
    void refreshesTwentyFiveUnfinishedInThreeSearches();
    void cancelDuringRefreshKeepsWhatWasDone();
    void failedRefreshIsShownInline();
    void failedRefreshLinksToItsExchange();
    void exportsCsv();
    void exportAllIgnoresTheFilters();
    void tabFromFindGoesToTheResults();
    void exportThatCannotBeWrittenIsShownInline();
    void clearAsksFirst();
    void moreMenuWorksFromTheKeyboard();
    void rowsWrapInsteadOfWideningTheView();

private:
    template<typename T> T *child(const char *name)
    {
        auto *widget = m_view->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    qint64 addRecord(const QString &number, const QString &brand, const QString &requestId,
                     HistoryRecord::Status status = HistoryRecord::Status::InProgress,
                     const QString &profile = u"Sandbox"_s, qint64 secondsAgo = 0);
    void makeView();
    // Opens the "Export / More" menu with a click on its button and clicks the entry `name`;
    // false when the menu did not open or does not hold that entry.
    bool chooseFromMoreMenu(const char *name);
    void activateAfterMenu();
    void typeFilter(const QString &text);
    void selectRow(int row);
    QString cell(int row, int column) const
    {
        return m_view->model()->index(row, column).data().toString();
    }
    int searchCalls() const;
    // Sends `count` Verify requests to the sandbox and stores each as a verification in
    // progress; returns the (number, request id) pairs, oldest first.
    QList<std::pair<QString, QString>> requestMany(int count);
    QString emptyText() { return child<QLabel>("emptyLabel")->text(); }
    bool showsTable()
    {
        return child<QStackedWidget>("stack")->currentWidget() == child<QWidget>("tablePage");
    }

    std::unique_ptr<AppHarness> m_harness;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HistoryView> m_view;
};

void tst_HistoryView::init()
{
    Dialogs::resetTestState();
    m_harness = std::make_unique<AppHarness>();
    m_store = std::make_unique<HistoryStore>(m_harness->configDir() + u"/history.sqlite"_s);
    QVERIFY(m_store->open());
}

void tst_HistoryView::cleanup()
{
    m_view.reset();
    m_store.reset();
    m_harness.reset();
}

void tst_HistoryView::makeView()
{
    m_view = std::make_unique<HistoryView>(
        m_store.get(), [this](const QString &, QString *) { return &m_harness->client(); });
    m_view->resize(1100, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

qint64 tst_HistoryView::addRecord(const QString &number, const QString &brand,
                                  const QString &requestId, HistoryRecord::Status status,
                                  const QString &profile, qint64 secondsAgo)
{
    HistoryRecord r;
    r.profileId = profile.toLower();
    r.profileName = profile;
    r.number = number;
    r.brand = brand;
    r.requestId = requestId;
    r.created = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
    r.status = status;
    return m_store->addVerification(r);
}

bool tst_HistoryView::chooseFromMoreMenu(const char *name)
{
    auto *action = child<QAction>(name);
    auto *button = child<QPushButton>("moreButton");
    // The menu runs its own event loop once open: the entry is clicked from inside it.
    auto chosen = std::make_shared<bool>(false);
    QTimer::singleShot(0, button, [action, chosen] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        const QRect where = menu->actionGeometry(action);
        if (where.isEmpty()) {
            menu->close();
            return;
        }
        QTest::mouseClick(menu, Qt::LeftButton, {}, where.center());
        *chosen = true;
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QCoreApplication::processEvents(); // runs the timer now when the menu did not open
    activateAfterMenu();
    return *chosen;
}

void tst_HistoryView::activateAfterMenu()
{
    // The offscreen platform leaves a closed menu the active window, where a desktop hands the
    // activation back to the window the menu came from; keyboard shortcuts need that.
    QApplication::setActiveWindow(m_view.get());
    QCOMPARE(QApplication::activeWindow(), m_view.get());
}

void tst_HistoryView::typeFilter(const QString &text)
{
    auto *edit = child<QLineEdit>("filterEdit");
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void tst_HistoryView::selectRow(int row)
{
    auto *table = child<QTableView>("table");
    const QRect rect = table->visualRect(m_view->model()->index(row, HistoryModel::Brand));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

int tst_HistoryView::searchCalls() const
{
    int calls = 0;
    const QList<ExchangeLog::Entry> entries = m_harness->exchanges().entries();
    for (const ExchangeLog::Entry &entry : entries) {
        if (entry.url.contains(u"/search"_s))
            ++calls;
    }
    return calls;
}

QList<std::pair<QString, QString>> tst_HistoryView::requestMany(int count)
{
    // Requests are not what is under test: no pacing between them.
    m_harness->client().rateGuard()->setInterval(RateGuard::Lane::Request, 0);
    QList<std::pair<QString, QString>> made;
    QHash<QString, QString> ids;
    int answers = 0;
    for (int i = 0; i < count; ++i) {
        const QString number = u"316123456%1"_s.arg(i + 10);
        VerifyRequest request;
        request.number = number;
        request.brand = u"Desk"_s;
        m_harness->client().request(request, this,
                                    [&ids, &answers, number](const Outcome<RequestResult> &o) {
                                        ++answers;
                                        if (o.ok())
                                            ids.insert(number, o.value().requestId);
                                    });
        made.append({number, QString()});
    }
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(answers, count, 20'000);
    }();
    for (auto &[number, id] : made) {
        id = ids.value(number);
        if (id.isEmpty())
            qFatal("no request id for %s", qPrintable(number));
        HistoryRecord r;
        r.profileId = u"sandbox"_s;
        r.profileName = u"Sandbox"_s;
        r.number = number;
        r.brand = u"Desk"_s;
        r.requestId = id;
        if (m_store->addVerification(r) == 0)
            qFatal("not stored");
    }
    return made;
}

void tst_HistoryView::emptyStateThenRows()
{
    makeView();
    QVERIFY(!showsTable());
    QVERIFY(emptyText().contains(u"No verifications yet"_s));
    QVERIFY(!child<QPushButton>("resetFiltersButton")->isVisible());
    QVERIFY(!child<QAction>("exportAllAction")->isEnabled());

    addRecord(u"31612345678"_s, u"Acme"_s, u"req-1"_s);
    addRecord(u"31687654321"_s, u"Bolt"_s, u"req-2"_s);
    QCOMPARE(m_view->model()->rowCount(), 2);
    QVERIFY(showsTable());
    // Newest first, the number in the user's (Dutch) format.
    QCOMPARE(cell(0, HistoryModel::Brand), u"Bolt"_s);
    QCOMPARE(cell(1, HistoryModel::Number), u"06 12345678"_s);
    QCOMPARE(cell(1, HistoryModel::RequestId), u"req-1"_s);
    QVERIFY(child<QAction>("exportAllAction")->isEnabled());
}

void tst_HistoryView::filterFindsANumberHoweverTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("brand");
    QTest::newRow("national") << u"06 12345678"_s << u"Acme"_s;
    QTest::newRow("international") << u"+31 6 1234 5678"_s << u"Acme"_s;
    QTest::newRow("0031") << u"0031612345678"_s << u"Acme"_s;
    QTest::newRow("request id") << u"req-bbb"_s << u"Bolt"_s;
    QTest::newRow("brand") << u"belgi"_s << u"Belgica"_s;
}

void tst_HistoryView::filterFindsANumberHoweverTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, brand);
    addRecord(u"31612345678"_s, u"Acme"_s, u"req-aaa"_s, HistoryRecord::Status::Verified,
              u"Sandbox"_s, 30);
    addRecord(u"31687654321"_s, u"Bolt"_s, u"req-bbb"_s, HistoryRecord::Status::Failed,
              u"Sandbox"_s, 20);
    addRecord(u"32470123456"_s, u"Belgica"_s, u"req-ccc"_s, HistoryRecord::Status::InProgress,
              u"Sandbox"_s, 10);
    makeView();
    QCOMPARE(m_view->model()->rowCount(), 3);

    typeFilter(typed);
    // Applied as you type, after a short pause.
    QTRY_COMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(cell(0, HistoryModel::Brand), brand);
    QVERIFY(showsTable());
}

void tst_HistoryView::filterWithoutMatchShowsItsOwnEmptyState()
{
    addRecord(u"31612345678"_s, u"Acme"_s, u"req-aaa"_s);
    makeView();
    typeFilter(u"nothing like it"_s);
    QTRY_VERIFY(!showsTable());
    QVERIFY(emptyText().contains(u"matches"_s));
    QVERIFY(!emptyText().contains(u"No verifications yet"_s));
    QVERIFY(child<QPushButton>("resetFiltersButton")->isVisible());

    QTest::mouseClick(child<QPushButton>("resetFiltersButton"), Qt::LeftButton);
    QCOMPARE(m_view->model()->rowCount(), 1);
    QVERIFY(showsTable());
    QVERIFY(child<QLineEdit>("filterEdit")->text().isEmpty());
}

void tst_HistoryView::sortsByHeaderClickInSql()
{
    addRecord(u"31612345671"_s, u"Charlie"_s, u"r1"_s, HistoryRecord::Status::InProgress,
              u"Sandbox"_s, 30);
    addRecord(u"31612345672"_s, u"alpha"_s, u"r2"_s, HistoryRecord::Status::InProgress,
              u"Sandbox"_s, 20);
    addRecord(u"31612345673"_s, u"Bravo"_s, u"r3"_s, HistoryRecord::Status::InProgress,
              u"Sandbox"_s, 10);
    makeView();
    QCOMPARE(cell(0, HistoryModel::Brand), u"Bravo"_s); // newest first

    QHeaderView *header = child<QTableView>("table")->horizontalHeader();
    const auto clickHeader = [header](int section) {
        const int x = header->sectionViewportPosition(section) + header->sectionSize(section) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };
    clickHeader(HistoryModel::Brand);
    QCOMPARE(m_view->model()->query().sortColumn, HistoryQuery::SortColumn::Brand);
    const Qt::SortOrder first = m_view->model()->query().sortOrder;
    const QStringList ascending {u"alpha"_s, u"Bravo"_s, u"Charlie"_s};
    const QStringList descending {u"Charlie"_s, u"Bravo"_s, u"alpha"_s};
    const auto brands = [this] {
        QStringList list;
        for (int row = 0; row < m_view->model()->rowCount(); ++row)
            list << cell(row, HistoryModel::Brand);
        return list;
    };
    QCOMPARE(brands(), first == Qt::AscendingOrder ? ascending : descending);

    clickHeader(HistoryModel::Brand);
    QVERIFY(m_view->model()->query().sortOrder != first);
    QCOMPARE(brands(), first == Qt::AscendingOrder ? descending : ascending);

    // The sort survives a filter change.
    typeFilter(u"316"_s);
    QTRY_COMPARE(m_view->model()->query().text, u"316"_s);
    QCOMPARE(brands(), first == Qt::AscendingOrder ? descending : ascending);
}

// Who verified and for which ticket: two columns of their own before the request ID (which
// stays last), the details pane, and the text filter (its tooltip says so).
void tst_HistoryView::operatorAndReferenceAreShownAndFound()
{
    HistoryRecord anna;
    anna.profileId = u"sandbox"_s;
    anna.profileName = u"Sandbox"_s;
    anna.number = u"31612345671"_s;
    anna.brand = u"One"_s;
    anna.requestId = u"r1"_s;
    anna.created = QDateTime::currentDateTimeUtc().addSecs(-60);
    anna.operatorName = u"Anna de Vries"_s;
    anna.workstation = u"desk-07"_s;
    anna.reference = u"INC-0012345"_s;
    QVERIFY(m_store->addVerification(anna) > 0);
    addRecord(u"31612345672"_s, u"Two"_s, u"r2"_s);
    makeView();
    QCOMPARE(m_view->model()->rowCount(), 2);

    auto *table = child<QTableView>("table");
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics metrics = table->fontMetrics();
    for (const auto &[column, text] : {std::pair(int(HistoryModel::Operator), anna.operatorName),
                                       std::pair(int(HistoryModel::Reference), anna.reference)}) {
        QVERIFY(!header->isSectionHidden(column));
        QVERIFY2(table->columnWidth(column) > metrics.horizontalAdvance(text), qPrintable(text));
        QVERIFY(header->visualIndex(column) < header->visualIndex(HistoryModel::RequestId));
    }
    QCOMPARE(header->visualIndex(HistoryModel::RequestId), HistoryModel::ColumnCount - 1);

    auto *find = child<QLineEdit>("filterEdit");
    QVERIFY(find->toolTip().contains(u"operator"_s));
    QVERIFY(find->toolTip().contains(u"reference"_s));
    for (const QString &typed : {u"0012345"_s, u"de vries"_s}) {
        typeFilter(typed);
        QTRY_COMPARE(m_view->model()->rowCount(), 1);
        QCOMPARE(cell(0, HistoryModel::Operator), anna.operatorName);
        QCOMPARE(cell(0, HistoryModel::Reference), anna.reference);
    }
    selectRow(0);
    const QString details = child<QPlainTextEdit>("detailsText")->toPlainText();
    QVERIFY2(details.contains(u"Operator: Anna de Vries"_s), qPrintable(details));
    QVERIFY2(details.contains(u"Workstation: desk-07"_s), qPrintable(details));
    QVERIFY2(details.contains(u"Reference: INC-0012345"_s), qPrintable(details));
}

void tst_HistoryView::statusFilter()
{
    addRecord(u"31612345671"_s, u"One"_s, u"r1"_s, HistoryRecord::Status::Verified);
    addRecord(u"31612345672"_s, u"Two"_s, u"r2"_s, HistoryRecord::Status::Failed);
    addRecord(u"31612345673"_s, u"Three"_s, u"r3"_s, HistoryRecord::Status::Verified);
    addRecord(u"31612345674"_s, u"Four"_s, u"r4"_s, HistoryRecord::Status::InProgress,
              u"Staging"_s);
    makeView();
    QCOMPARE(m_view->model()->rowCount(), 4);

    auto *status = child<QComboBox>("statusCombo");
    status->setFocus();
    status->setCurrentIndex(
        status->findText(HistoryRecord::statusName(HistoryRecord::Status::Verified)));
    QCOMPARE(m_view->model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(cell(row, HistoryModel::Status),
                 HistoryRecord::statusName(HistoryRecord::Status::Verified));

    status->setCurrentIndex(
        status->findText(HistoryRecord::statusName(HistoryRecord::Status::Expired)));
    QCOMPARE(m_view->model()->rowCount(), 0);
    QVERIFY(emptyText().contains(u"matches"_s));

    // Back to all, then the profile filter offers the profiles the history holds.
    status->setCurrentIndex(0);
    auto *profile = child<QComboBox>("profileCombo");
    QCOMPARE(profile->count(), 3);
    profile->setCurrentIndex(profile->findText(u"Staging"_s));
    QCOMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(cell(0, HistoryModel::Brand), u"Four"_s);
}

void tst_HistoryView::dateRangeFilter()
{
    constexpr qint64 day = 24 * 3600;
    addRecord(u"31612345671"_s, u"Old"_s, u"r1"_s, HistoryRecord::Status::Verified, u"Sandbox"_s,
              40 * day);
    addRecord(u"31612345672"_s, u"Recent"_s, u"r2"_s, HistoryRecord::Status::Verified, u"Sandbox"_s,
              5 * day);
    addRecord(u"31612345673"_s, u"Today"_s, u"r3"_s);
    makeView();
    QCOMPARE(m_view->model()->rowCount(), 3);

    auto *from = child<QDateEdit>("fromEdit");
    auto *to = child<QDateEdit>("toEdit");
    QVERIFY(!from->isEnabled());
    QTest::mouseClick(child<QCheckBox>("dateCheck"), Qt::LeftButton);
    QVERIFY(from->isEnabled() && to->isEnabled());
    // The last 30 days to begin with.
    QCOMPARE(m_view->model()->rowCount(), 2);

    const QDate today = QDate::currentDate();
    from->setDate(today.addDays(-10));
    to->setDate(today.addDays(-1));
    QCOMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(cell(0, HistoryModel::Brand), u"Recent"_s);

    to->setDate(today); // the last day counts whole
    QCOMPARE(m_view->model()->rowCount(), 2);
    QTest::mouseClick(child<QCheckBox>("dateCheck"), Qt::LeftButton);
    QCOMPARE(m_view->model()->rowCount(), 3);
}

void tst_HistoryView::detailsPaneShowsEventsChecksAndLastSearch()
{
    const qint64 id = addRecord(u"31612345678"_s, u"Acme"_s, u"req-details"_s);
    QVERIFY(m_store->appendEvent(id, HistoryEvent::Kind::CheckInvalid));
    QVERIFY(m_store->appendEvent(id, HistoryEvent::Kind::CheckValid));
    QJsonObject search {
        {u"request_id"_s, u"req-details"_s},
        {u"status"_s, u"SUCCESS"_s},
        {u"price"_s, u"0.10000000"_s},
        {u"currency"_s, u"EUR"_s},
        {u"checks"_s,
         QJsonArray {QJsonObject {{u"date_received"_s, u"2026-01-02 10:00:00"_s},
                                  {u"status"_s, u"INVALID"_s},
                                  {u"code"_s, u"9999"_s}},
                     QJsonObject {{u"date_received"_s, u"2026-01-02 10:00:30"_s},
                                  {u"status"_s, u"VALID"_s},
                                  {u"code"_s, u"1234"_s}}}},
        {u"events"_s, QJsonArray {QJsonObject {{u"type"_s, u"sms"_s}, {u"id"_s, u"ev-1"_s}}}}};
    QVERIFY(m_store->updateLastSearch(id, search));
    makeView();
    auto *details = child<QPlainTextEdit>("detailsText");
    QVERIFY(!details->toPlainText().contains(u"req-details"_s));

    selectRow(0);
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(u"Request ID: req-details"_s), qPrintable(text));
    QVERIFY(text.contains(u"Brand: Acme"_s));
    QVERIFY(text.contains(u"06 12345678"_s));
    QVERIFY(text.contains(u"INVALID"_s));
    QVERIFY(text.contains(u"VALID"_s));
    QVERIFY(text.contains(u"Status: SUCCESS"_s));
    QVERIFY(text.contains(u"0.10000000 EUR"_s));
    QVERIFY(text.contains(u"SMS (ev-1)"_s));
    QVERIFY(!text.contains(u"9999"_s)); // codes are never kept
    QVERIFY(!text.contains(u'{')); // readable text, not JSON
}

void tst_HistoryView::copiesTheRequestId()
{
    addRecord(u"31612345678"_s, u"Acme"_s, u"req-copy-me"_s);
    makeView();
    QGuiApplication::clipboard()->clear();
    QVERIFY(!child<QPushButton>("copyIdButton")->isEnabled());
    selectRow(0);
    QVERIFY(child<QPushButton>("copyIdButton")->isEnabled());
    auto *table = child<QTableView>("table");
    QVERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"req-copy-me"_s);

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>("copyIdButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"req-copy-me"_s);
    // Also in the table's context menu.
    bool inMenu = false;
    for (QAction *action : table->actions())
        inMenu = inMenu || action->text().contains(u"Copy Request ID"_s);
    QVERIFY(inMenu);
}

void tst_HistoryView::verifyAgainHandsTheRecordOver()
{
    addRecord(u"31612345678"_s, u"Acme"_s, u"req-again"_s, HistoryRecord::Status::Expired);
    makeView();
    QSignalSpy spy(m_view.get(), &HistoryView::verifyAgainRequested);
    selectRow(0);
    QTest::keyClick(child<QTableView>("table"), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(spy.count(), 1);
    const auto record = spy.at(0).at(0).value<HistoryRecord>();
    QCOMPARE(record.number, u"31612345678"_s);
    QCOMPARE(record.brand, u"Acme"_s);
}

void tst_HistoryView::refreshesTwentyFiveUnfinishedInThreeSearches()
{
    const auto made = requestMany(25);
    // The customers read back their codes: five right, one wrong three times.
    SandboxControl control(m_harness->sandbox().baseUrl());
    int checked = 0;
    for (int i = 0; i < 6; ++i) {
        const QString code = control.lastCode(made.at(i).first);
        QVERIFY(!code.isEmpty());
        QString wrong = code;
        wrong[0] = code.at(0) == u'1' ? u'2' : u'1';
        for (int attempt = 0; attempt < (i < 5 ? 1 : 3); ++attempt) {
            m_harness->client().check(made.at(i).second, i < 5 ? code : wrong, this,
                                      [&checked](const Outcome<CheckResult> &) { ++checked; });
            QTRY_COMPARE(checked, i < 5 ? i + 1 : 5 + attempt + 1);
        }
    }
    makeView();
    QCOMPARE(m_view->model()->rowCount(), 25);
    m_harness->exchanges().clear();

    QTest::mouseClick(child<QPushButton>("refreshUnfinishedButton"), Qt::LeftButton);
    QVERIFY(m_view->isRefreshing());
    QVERIFY(child<QWidget>("progressRow")->isVisible());
    QCOMPARE(child<QProgressBar>("refreshProgress")->maximum(), 25);
    QVERIFY(!child<QPushButton>("refreshUnfinishedButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isRefreshing(), 15'000);

    QCOMPARE(searchCalls(), 3); // 10 + 10 + 5
    QVERIFY(!child<QWidget>("progressRow")->isVisible());
    QVERIFY2(m_view->message().contains(u"25"_s), qPrintable(m_view->message()));
    QCOMPARE(m_store->unfinishedRequestIds().size(), 19);
    for (int i = 0; i < 6; ++i) {
        const auto record = m_store->findByRequestId(made.at(i).second);
        QVERIFY(record);
        QCOMPARE(record->status,
                 i < 5 ? HistoryRecord::Status::Verified : HistoryRecord::Status::Failed);
        QCOMPARE(record->attempts, i < 5 ? 1 : 3);
        QVERIFY(!record->lastSearch.isEmpty());
    }
    const auto untouched = m_store->findByRequestId(made.at(20).second);
    QCOMPARE(untouched->lastSearch.value(u"status"_s).toString(), u"IN PROGRESS"_s);

    // The table shows the new statuses (the model updates from the store).
    int verifiedRows = 0;
    for (int row = 0; row < m_view->model()->rowCount(); ++row) {
        if (cell(row, HistoryModel::Status)
            == HistoryRecord::statusName(HistoryRecord::Status::Verified))
            ++verifiedRows;
    }
    QCOMPARE(verifiedRows, 5);
    // A "search" event per refreshed verification.
    const QList<HistoryEvent> events = m_store->events(untouched->id);
    const auto isSearch = [](const HistoryEvent &e) {
        return e.kind == HistoryEvent::Kind::SearchRefresh;
    };
    QCOMPARE(std::count_if(events.begin(), events.end(), isSearch), 1);
}

void tst_HistoryView::cancelDuringRefreshKeepsWhatWasDone()
{
    const auto made = requestMany(25);
    makeView();
    m_harness->exchanges().clear();
    // Searches keep the rate guard's pace: the second batch waits its turn. Three seconds
    // rather than the usual one, so that a loaded machine still presses Escape before it.
    QVERIFY(m_harness->client().rateGuard()->interval(RateGuard::Lane::Search) > 0);
    m_harness->client().rateGuard()->setInterval(RateGuard::Lane::Search, 3000);

    QTest::mouseClick(child<QPushButton>("refreshUnfinishedButton"), Qt::LeftButton);
    QTRY_COMPARE(child<QProgressBar>("refreshProgress")->value(), 10);
    QVERIFY(m_view->isRefreshing());
    QVERIFY(child<QPushButton>("cancelRefreshButton")->isVisible());
    QTest::keyClick(child<QTableView>("table"), Qt::Key_Escape);
    QVERIFY(!m_view->isRefreshing());
    QVERIFY(!child<QWidget>("progressRow")->isVisible());
    QVERIFY(m_view->message().contains(u"cancelled"_s));
    QVERIFY(child<QPushButton>("refreshUnfinishedButton")->isEnabled());

    QTest::qWait(3500); // nothing queued goes out after the cancel
    QCOMPARE(searchCalls(), 1);
    for (int i = 0; i < 25; ++i) {
        const auto record = m_store->findByRequestId(made.at(i).second);
        QCOMPARE(record->lastSearch.isEmpty(), i >= 10);
    }
}

void tst_HistoryView::failedRefreshIsShownInline()
{
    const auto made = requestMany(1);
    makeView();
    SandboxControl control(m_harness->sandbox().baseUrl());
    QVERIFY(control.addFaults(
        R"([{"path":"/communication/nexmo/verify/search","status":500,"count":5}])"));
    selectRow(0);
    QTest::keyClick(child<QTableView>("table"), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isRefreshing(), 15'000);
    auto *label = child<QLabel>("messageLabel");
    QVERIFY(label->isVisible());
    QVERIFY(label->property("error").toBool());
    QVERIFY2(m_view->message().contains(u"Refreshed 0 of 1"_s), qPrintable(m_view->message()));
    // The ApiError's own sentence follows: longer than our lead-in.
    QVERIFY(m_view->message().size() > 60);
    QVERIFY(m_store->findByRequestId(made.at(0).second)->lastSearch.isEmpty());
    QVERIFY(control.clearFaults());
}

void tst_HistoryView::failedRefreshLinksToItsExchange()
{
    requestMany(1);
    makeView();
    SandboxControl control(m_harness->sandbox().baseUrl());
    QVERIFY(control.addFaults(
        R"([{"path":"/communication/nexmo/verify/search","status":500,"count":5}])"));
    selectRow(0);
    QTest::keyClick(child<QTableView>("table"), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isRefreshing(), 15'000);
    auto *label = child<QLabel>("messageLabel");
    QVERIFY2(m_view->message().contains(u"exchange:"_s), qPrintable(m_view->message()));

    // Clicked as a user clicks it: somewhere on the label's text is the link.
    QSignalSpy spy(m_view.get(), &HistoryView::showExchangeRequested);
    for (int y = 2; y < label->height() && spy.isEmpty(); y += 4) {
        for (int x = label->width() - 2; x > 0 && spy.isEmpty(); x -= 6)
            QTest::mouseClick(label, Qt::LeftButton, {}, QPoint(x, y));
    }
    QCOMPARE(spy.size(), 1);
    // The exchange it names is the failed search.
    const quint64 id = spy.first().first().toULongLong();
    bool found = false;
    for (const ExchangeLog::Entry &entry : m_harness->exchanges().entries()) {
        if (entry.id == id) {
            found = true;
            QVERIFY2(entry.url.endsWith(u"/search"_s), qPrintable(entry.url));
            QCOMPARE(entry.status, 500);
        }
    }
    QVERIFY(found);
    QVERIFY(control.clearFaults());

    // A message that is no error has no link, and is plain text.
    QTest::keyClick(child<QTableView>("table"), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isRefreshing(), 15'000);
    QVERIFY(!m_view->message().contains(u"exchange:"_s));
    QCOMPARE(label->textFormat(), Qt::PlainText);
}

void tst_HistoryView::exportsCsv()
{
    addRecord(u"31612345678"_s, u"=HYPERLINK(\"x\")"_s, u"req-1"_s, HistoryRecord::Status::Verified,
              u"Sandbox"_s, 20);
    addRecord(u"31687654321"_s, u"Zoë; café"_s, u"req-2"_s, HistoryRecord::Status::Failed,
              u"Sandbox"_s, 10);
    makeView();
    const QString path = m_harness->configDir() + u"/all.csv"_s;
    Dialogs::setNextFileName(path);
    QVERIFY(chooseFromMoreMenu("exportAllAction"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(u"Date;Number;Brand;"_s));
    QVERIFY2(lines.at(1).contains(u";\"Zoë; café\";req-2;"_s), qPrintable(lines.at(1)));
    // The formula stays text through an invisible word joiner, not a visible apostrophe.
    QVERIFY2(lines.at(2).contains(u";\"\u2060=HYPERLINK(\"\"x\"\")\";req-1;"_s),
             qPrintable(lines.at(2)));
    QVERIFY(m_view->message().contains(u"Exported 2"_s));

    // The selection, with ',' chosen.
    QVERIFY(child<QAction>("semicolonAction")->isChecked());
    QVERIFY(chooseFromMoreMenu("commaAction"));
    QVERIFY(child<QAction>("commaAction")->isChecked());
    QVERIFY(!child<QAction>("semicolonAction")->isChecked());
    selectRow(0);
    const QString selected = m_harness->configDir() + u"/selected.csv"_s;
    Dialogs::setNextFileName(selected);
    QTest::keyClick(child<QTableView>("table"), Qt::Key_E, Qt::ControlModifier);
    QFile one(selected);
    QVERIFY(one.open(QIODevice::ReadOnly));
    const QStringList oneLines =
        QString::fromUtf8(one.readAll().mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(oneLines.size(), 2);
    QVERIFY(oneLines.at(0).startsWith(u"Date,Number,Brand,"_s));
    QVERIFY2(oneLines.at(1).contains(u",Zoë; café,req-2,"_s), qPrintable(oneLines.at(1)));

    // Cancelling the file dialog writes nothing and says nothing.
    const QString before = m_view->message();
    Dialogs::setNextFileName(QString());
    QVERIFY(chooseFromMoreMenu("exportAllAction"));
    QCOMPARE(m_view->message(), before);
}

void tst_HistoryView::exportAllIgnoresTheFilters()
{
    addRecord(u"31612345678"_s, u"Acme"_s, u"req-1"_s, HistoryRecord::Status::Verified,
              u"Sandbox"_s, 30);
    addRecord(u"31687654321"_s, u"Bolt"_s, u"req-2"_s, HistoryRecord::Status::Failed, u"Staging"_s,
              20);
    HistoryRecord refused;
    refused.profileId = u"sandbox"_s;
    refused.profileName = u"Sandbox"_s;
    refused.number = u"31619999907"_s;
    refused.brand = u"Acme"_s;
    refused.created = QDateTime::currentDateTimeUtc().addSecs(-10);
    refused.status = HistoryRecord::Status::Error;
    refused.lastError = u"The provider has blocked this number for verification. Ask for "
                        "another number."_s;
    const qint64 refusedId = m_store->addVerification(refused);
    QVERIFY(refusedId > 0);
    QVERIFY(m_store->appendEvent(refusedId, HistoryEvent::Kind::Error,
                                 QJsonObject {{u"kind"_s, u"business"_s},
                                              {u"verify_status"_s, u"7"_s},
                                              {u"message"_s, refused.lastError}}));
    makeView();

    // Filtered down to nothing, then to one row of the three.
    typeFilter(u"nothing like it"_s);
    QTRY_COMPARE(m_view->model()->rowCount(), 0);
    QVERIFY(child<QAction>("exportAllAction")->isEnabled());
    typeFilter(u"req-2"_s);
    QTRY_COMPARE(m_view->model()->rowCount(), 1);
    const QString tip = child<QAction>("exportAllAction")->toolTip();
    QVERIFY2(tip.contains(u"every verification in the history"_s), qPrintable(tip));

    const QString path = m_harness->configDir() + u"/everything.csv"_s;
    Dialogs::setNextFileName(path);
    QVERIFY(chooseFromMoreMenu("exportAllAction"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll().mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // the header and every verification
    // Newest first, as the table sorts.
    QVERIFY2(lines.at(1).contains(u";Error: Number blocked;"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(u";req-2;"_s), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).contains(u";req-1;"_s), qPrintable(lines.at(3)));
    QVERIFY(m_view->message().contains(u"Exported 3"_s));
    QCOMPARE(m_view->model()->rowCount(), 1); // the filter stays

    // "Export selection" writes the selection only.
    selectRow(0);
    const QString selected = m_harness->configDir() + u"/selected.csv"_s;
    Dialogs::setNextFileName(selected);
    QVERIFY(chooseFromMoreMenu("exportSelectionAction"));
    QFile one(selected);
    QVERIFY(one.open(QIODevice::ReadOnly));
    const QStringList oneLines =
        QString::fromUtf8(one.readAll().mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(oneLines.size(), 2);
    QVERIFY2(oneLines.at(1).contains(u";req-2;"_s), qPrintable(oneLines.at(1)));

    // The list, too, says which error.
    typeFilter(QString());
    QTRY_COMPARE(m_view->model()->rowCount(), 3);
    QCOMPARE(cell(0, HistoryModel::Status), u"Error: Number blocked"_s);
    // Whole, in the table, and the full sentence on hovering.
    auto *table = child<QTableView>("table");
    const QString shown = cell(0, HistoryModel::Status);
    QVERIFY(table->columnWidth(HistoryModel::Status)
            > table->fontMetrics().horizontalAdvance(shown));
    QCOMPARE(m_view->model()->index(0, HistoryModel::Status).data(Qt::ToolTipRole).toString(),
             refused.lastError);
}

void tst_HistoryView::tabFromFindGoesToTheResults()
{
    addRecord(u"31612345671"_s, u"One"_s, u"r1"_s, HistoryRecord::Status::Verified, u"Sandbox"_s,
              30);
    addRecord(u"31612345672"_s, u"Two"_s, u"r2"_s, HistoryRecord::Status::Verified, u"Sandbox"_s,
              20);
    addRecord(u"31612345673"_s, u"Three"_s, u"r3"_s, HistoryRecord::Status::Verified, u"Sandbox"_s,
              10);
    makeView();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    auto *find = child<QLineEdit>("filterEdit");
    auto *table = child<QTableView>("table");
    auto *status = child<QComboBox>("statusCombo");
    QTest::keyClick(m_view.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(find->hasFocus());

    // Tab: into the results, where Down moves to the next verification.
    QTest::keyClick(find, Qt::Key_Tab);
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(status->currentIndex(), 0); // the filter did not change
    QCOMPARE(m_view->model()->rowCount(), 3);
    const auto current = m_view->currentRecord();
    QVERIFY(current);
    QCOMPARE(current->brand, u"One"_s); // the third row, newest first
    QCOMPARE(m_view->selectedIds(), QList<qint64> {current->id});

    // Then the filters; Shift+Tab goes back.
    QTest::keyClick(table, Qt::Key_Tab);
    QTRY_VERIFY(status->hasFocus());
    QTest::keyClick(status, Qt::Key_Tab, Qt::ShiftModifier);
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Tab, Qt::ShiftModifier);
    QTRY_VERIFY(find->hasFocus());
}

void tst_HistoryView::exportThatCannotBeWrittenIsShownInline()
{
    addRecord(u"31612345678"_s, u"Acme"_s, u"req-1"_s);
    makeView();
    Dialogs::setNextFileName(m_harness->configDir() + u"/no/such/folder/out.csv"_s);
    QVERIFY(chooseFromMoreMenu("exportAllAction"));
    QVERIFY(child<QLabel>("messageLabel")->isVisible());
    QVERIFY(child<QLabel>("messageLabel")->property("error").toBool());
    QVERIFY(!m_view->message().isEmpty());
    QVERIFY(!QFile::exists(m_harness->configDir() + u"/no/such/folder/out.csv"_s));
}

void tst_HistoryView::clearAsksFirst()
{
    addRecord(u"31612345678"_s, u"Acme"_s, u"req-1"_s);
    addRecord(u"31687654321"_s, u"Bolt"_s, u"req-2"_s);
    makeView();

    Dialogs::setNextAnswer(false);
    QVERIFY(chooseFromMoreMenu("clearAction"));
    QCOMPARE(Dialogs::shownCount(), 1);
    QVERIFY(Dialogs::lastText().contains(u"2"_s));
    QCOMPARE(m_store->count(HistoryQuery()), 2);
    QCOMPARE(m_view->model()->rowCount(), 2);
    QVERIFY(showsTable());

    Dialogs::setNextAnswer(true);
    QVERIFY(chooseFromMoreMenu("clearAction"));
    QCOMPARE(Dialogs::shownCount(), 2);
    QCOMPARE(m_store->count(HistoryQuery()), 0);
    QCOMPARE(m_view->model()->rowCount(), 0);
    QVERIFY(!showsTable());
    QVERIFY(emptyText().contains(u"No verifications yet"_s));
}

void tst_HistoryView::moreMenuWorksFromTheKeyboard()
{
    addRecord(u"31612345678"_s, u"Acme"_s, u"req-1"_s);
    makeView();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    auto *button = child<QPushButton>("moreButton");
    QVERIFY(button->focusPolicy() & Qt::TabFocus);
    // Alt and the button's underlined letter open the menu; the entry's own letter picks it.
    const QString path = m_harness->configDir() + u"/keyboard.csv"_s;
    Dialogs::setNextFileName(path);
    auto shown = std::make_shared<QStringList>();
    QTimer::singleShot(0, button, [shown] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (const QAction *action : menu->actions())
            *shown << action->text();
        QTest::keyClick(menu, Qt::Key_A); // Export &All…
    });
    QTest::keyClick(child<QTableView>("table"), Qt::Key_O, Qt::AltModifier); // Exp&ort / More
    QCoreApplication::processEvents();
    activateAfterMenu();
    QVERIFY2(shown->contains(u"Export &All…"_s), qPrintable(shown->join(u" | "_s)));
    QVERIFY(shown->contains(u"C&lear History…"_s));
    QTRY_VERIFY(QFile::exists(path));

    // The entries keep their shortcuts, listed in the menu.
    QCOMPARE(child<QAction>("exportSelectionAction")->shortcut(),
             QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(child<QAction>("exportAllAction")->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QFile::remove(path);
    Dialogs::setNextFileName(path);
    QTest::keyClick(child<QTableView>("table"), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(QFile::exists(path));
}

void tst_HistoryView::rowsWrapInsteadOfWideningTheView()
{
    makeView();
    QList<QWidget *> buttons;
    for (const char *name : {"copyIdButton", "refreshSelectionButton", "refreshUnfinishedButton",
                             "verifyAgainButton", "moreButton"})
        buttons << child<QPushButton>(name);
    auto rowsOf = [&buttons] {
        QSet<int> tops;
        for (const QWidget *button : std::as_const(buttons))
            tops.insert(button->mapTo(button->window(), QPoint(0, 0)).y());
        return tops.size();
    };
    // Wide: the buttons share one row.
    m_view->resize(1400, 700);
    QTRY_COMPARE(rowsOf(), 1);

    // Narrow: no wider than the widest button and its neighbours, more rows, every button whole
    // and above the table.
    QVERIFY(m_view->minimumSizeHint().width() < 520);
    m_view->resize(520, 700);
    QTRY_VERIFY(rowsOf() > 1);
    const int tableTop = child<QWidget>("splitter")->mapTo(m_view.get(), QPoint(0, 0)).y();
    for (const QWidget *button : std::as_const(buttons)) {
        const QRect where(button->mapTo(m_view.get(), QPoint(0, 0)), button->size());
        QVERIFY2(m_view->rect().contains(where), qPrintable(button->objectName()));
        QCOMPARE(button->size(), button->sizeHint());
        QVERIFY2(where.bottom() < tableTop, qPrintable(button->objectName()));
    }
}

QTEST_MAIN(tst_HistoryView)
#include "tst_HistoryView.moc"
