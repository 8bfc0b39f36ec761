#pragma once

#include <QListWidget>

class VerificationSession;

// A verification's messages on a vertical rail, past and planned, in order, then the end of the
// request: each row with its channel, its time and its state, the next one with its countdown.
// The state is told by the node's shape and the row's words, not by colour alone, and each row
// reads to a screen reader as one sentence ("SMS sent at 14:02:10"), which is also its text.
class Timeline : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Timeline)

public:
    enum class State {
        Sent,
        Next, // expected next, with its countdown
        Planned, // later in the workflow
        NotSent, // the request ended before it
        Ends, // the request's end while it runs
        Verified,
        Failed,
        Cancelled,
        Expired,
    };
    Q_ENUM(State)

    // Item data the rows are painted from.
    enum Role {
        StateRole = Qt::UserRole + 1,
        TitleRole, // "SMS", "Request ends"
        TimeRole, // "14:02:10", "~14:04:15"
        DetailRole, // "Sent", "Expected in ~1:42"
    };

    explicit Timeline(QWidget *parent = nullptr);
    ~Timeline() override;

    // Shows `session`'s timeline as it stands now; rows are updated in place, so that the one a
    // keyboard or screen reader user is on stays current.
    void showSession(const VerificationSession *session);

    State state(int row) const;
    // What a screen reader says for a row.
    QString spokenText(int row) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The widest the rows get, in ems of the font.
    static constexpr qreal kMaximumEms = 36;

protected:
    void changeEvent(QEvent *event) override;

private:
    void capWidth();
};
