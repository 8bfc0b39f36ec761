#pragma once

#include "AreaPage.h"
#include "api/ApiCall.h"
#include "settings/Profile.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class ApiJob;
class Connections;
class ExchangeLog;
class QMenu;
class ProfileConnection;
struct RawAnswer;
struct SavedCall;
class SavedCalls;

namespace Ui {
class ApiConsole;
}

// For people who explore the API before writing code: one call (token, request, check, search,
// control, PSD2 where the profile's API has it) with every parameter editable, extra ones by
// name and values the wizard would refuse, sent through the selected profile's connection
// (VerifyClient::sendRaw()); the answer shown as it came (HTTP status, headers, JSON) and
// explained as the wizard explains errors. A request id in an answer carries over into check,
// search and control with one action.
class ApiConsole : public QWidget, public AreaPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiConsole)

public:
    using Operation = ApiCall;

    ApiConsole(Connections *connections, ExchangeLog *log, QWidget *parent = nullptr);
    ~ApiConsole() override;

    // Asked before a call that sends an SMS or makes a call (request, PSD2, trigger_next_event)
    // on a production profile; false: nothing is sent. None: sent without asking.
    void setCostlyActionGuard(std::function<bool(const Profile &, const QString &what)> guard);
    void focusMainControl() override;

    Operation operation() const;
    // Chooses the operation, its parameters as the vendor's spec lists them; false when the
    // selected profile's API does not offer it.
    bool selectOperation(Operation operation);
    // The row `name` gets `value` and is ticked (a new row when there is none).
    void setParameter(const QString &name, const QString &value);
    // The ticked parameters as they would be sent, in order.
    QList<std::pair<QString, QString>> parameters() const;

    // Sends the operation with the ticked parameters (what Send does).
    void send();
    bool isBusy() const;
    // The request id the last answer named, or empty.
    QString answerRequestId() const;
    // Switches to `operation` with the last answer's request id in its request_id.
    void useRequestIdIn(Operation operation);

    // The file the saved calls are kept in (read now); none: nothing can be saved.
    void setSavedCallsFile(const QString &path);
    // The names of the selected profile's saved calls, as listed.
    QStringList savedCallNames() const;
    // What the saved calls' line says (saved, imported, or why not).
    QString savedMessageText() const;

    // What the user reads: the explanation, the status line, the body and the headers.
    QString explanationText() const;
    QString statusLineText() const;
    QString bodyText() const;
    QString headersText() const;

Q_SIGNALS:
    // The user followed the link to the exchange behind an answer.
    void showExchangeRequested(quint64 id);

private:
    void setUpParameters();
    void setUpSavedCalls();
    void fillOperations();
    void fillParameters(Operation operation);
    void addRow(const QString &name, const QString &value, bool ticked);
    void updateButtons();
    void setBusy(bool busy);
    void clearAnswer();
    // What the call costs on a production profile, or empty when it sends nothing.
    QString costlyDescription(Operation operation) const;
    void sendToken(ProfileConnection *connection);
    void showAnswer(const RawAnswer &answer);
    void showError(const QString &sentence, quint64 exchangeId);
    static QString endpointName(Operation operation);
    void refreshSaved();
    // Loads the call named in the saved calls' box into the form; false when there is none.
    bool loadSaved();
    void saveCurrent();
    void forgetSaved();
    void exportSaved();
    void importSaved();
    void showSavedMessage(const QString &text, bool error);
    QString activeProfileId() const;

    const std::unique_ptr<Ui::ApiConsole> m_ui;
    Connections *m_connections;
    QPointer<ExchangeLog> m_log;
    std::function<bool(const Profile &, const QString &)> m_guard;
    QPointer<ApiJob> m_job;
    QPointer<QObject> m_tokenCall; // the context of a token fetch in flight
    QMenu *m_useIdMenu;
    QString m_answerRequestId;
    std::unique_ptr<SavedCalls> m_saved;
    bool m_closing = false;
};
