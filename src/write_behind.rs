//! Writing a file on a thread of its own, so that hashing (on this thread) and writing overlap:
//! copying a large file then costs about the longer of the two instead of their sum. The writer
//! thread can hash fixed-size chunks of what it writes too (the leaves of an IPFS file), so a
//! bundle learns its CID in the same pass as copying, on the other core.

use std::fs::File;
use std::io::Write;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread::JoinHandle;

use sha2::{Digest as _, Sha256};

/// Bytes are gathered into buffers of this size before they cross to the writer thread.
const BUF: usize = 4 << 20;
/// Buffers in flight: bounds memory to about `DEPTH * BUF`.
const DEPTH: usize = 4;

pub struct WriteBehind {
    tx: Option<SyncSender<Vec<u8>>>,
    /// Buffers the writer is done with, to be filled again (no page faults for fresh memory).
    spare: Receiver<Vec<u8>>,
    buf: Vec<u8>,
    /// Buffers made so far (they are reused).
    made: usize,
    thread: Option<JoinHandle<std::io::Result<Written>>>,
}

/// The file written, and the SHA-256 of each chunk when asked.
type Written = (File, Vec<[u8; 32]>);

impl WriteBehind {
    pub fn new(file: File) -> Self {
        Self::hashing_chunks(file, None)
    }

    /// Also hash every `chunk` bytes of what is written (the last chunk may be shorter). A chunk
    /// size that does not divide the buffer size is not hashed.
    pub fn hashing_chunks(mut file: File, chunk: Option<usize>) -> Self {
        let chunk = chunk.filter(|c| *c > 0 && BUF.is_multiple_of(*c));
        let (tx, rx) = sync_channel::<Vec<u8>>(DEPTH);
        let (give_back, spare) = sync_channel::<Vec<u8>>(DEPTH + 1);
        let thread = std::thread::spawn(move || {
            let mut digests = Vec::new();
            for mut buf in rx {
                file.write_all(&buf)?;
                // Every buffer but the last is full, and chunks divide it: chunk boundaries
                // are the file's.
                if let Some(chunk) = chunk {
                    digests.extend(
                        buf.chunks(chunk)
                            .map(|c| <[u8; 32]>::from(Sha256::digest(c))),
                    );
                }
                buf.clear();
                // Nobody waiting for it is fine: the buffer is simply freed.
                let _ = give_back.try_send(buf);
            }
            Ok((file, digests))
        });
        WriteBehind {
            tx: Some(tx),
            spare,
            buf: Vec::with_capacity(BUF),
            made: 1,
            thread: Some(thread),
        }
    }

    fn send(&mut self) -> std::io::Result<()> {
        let full = std::mem::take(&mut self.buf);
        let sent = self.tx.as_ref().map(|tx| tx.send(full));
        // The next buffer: one the writer is done with. Only a few are ever made: fresh memory
        // costs a page fault per page, a gigabyte's worth over a large file when the writer is
        // the slower side (it hashes chunks too), so past that we wait for one to come back.
        self.buf = match self.spare.try_recv() {
            Ok(buf) => buf,
            Err(_) if self.made < DEPTH + 2 => {
                self.made += 1;
                Vec::with_capacity(BUF)
            }
            Err(_) => self
                .spare
                .recv()
                .unwrap_or_else(|_| Vec::with_capacity(BUF)),
        };
        match sent {
            Some(Ok(())) => Ok(()),
            // The writer stopped: its own error says why.
            _ => Err(self
                .join()
                .err()
                .unwrap_or_else(|| std::io::Error::other("the writer thread stopped"))),
        }
    }

    fn join(&mut self) -> std::io::Result<Written> {
        self.tx = None;
        match self.thread.take().map(JoinHandle::join) {
            Some(Ok(result)) => result,
            Some(Err(_)) => Err(std::io::Error::other("the writer thread panicked")),
            None => Err(std::io::Error::other("the writer thread is gone")),
        }
    }

    /// Write out everything and hand the file back.
    pub fn finish(self) -> std::io::Result<File> {
        self.finish_with_chunks().map(|(file, _)| file)
    }

    /// [`WriteBehind::finish`], with the SHA-256 of every chunk when asked for.
    pub fn finish_with_chunks(mut self) -> std::io::Result<Written> {
        if !self.buf.is_empty() {
            self.send()?;
        }
        self.join()
    }
}

impl Write for WriteBehind {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.write_all(data)?;
        Ok(data.len())
    }

    fn write_all(&mut self, mut data: &[u8]) -> std::io::Result<()> {
        while !data.is_empty() {
            let room = BUF - self.buf.len();
            let (now, later) = data.split_at(room.min(data.len()));
            self.buf.extend_from_slice(now);
            data = later;
            if self.buf.len() == BUF {
                self.send()?;
            }
        }
        Ok(())
    }

    /// Buffers go to the writer thread when full; only [`WriteBehind::finish`] waits for the disk.
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Drop for WriteBehind {
    fn drop(&mut self) {
        self.tx = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read as _, Seek as _};

    #[test]
    fn writes_everything_in_order() {
        let file = tempfile::tempfile().expect("temp file");
        let mut w = WriteBehind::new(file);
        let mut want = Vec::new();
        for i in 0..3000u32 {
            let piece: Vec<u8> = (0..(i * 37 % 9000)).map(|j| (i + j) as u8).collect();
            w.write_all(&piece).expect("write");
            want.extend_from_slice(&piece);
        }
        let mut file = w.finish().expect("finish");
        file.rewind().expect("rewind");
        let mut got = Vec::new();
        file.read_to_end(&mut got).expect("read");
        assert_eq!(got, want);
    }

    #[test]
    fn chunks_are_hashed_on_the_file_boundaries() {
        let chunk = 1 << 20;
        // Two buffers and a bit, written in pieces that straddle every boundary.
        let want: Vec<u8> = (0..(2 * BUF + 12345))
            .map(|i| (i * 7 % 251) as u8)
            .collect();
        let mut w = WriteBehind::hashing_chunks(tempfile::tempfile().expect("file"), Some(chunk));
        for piece in want.chunks(777_777) {
            w.write_all(piece).expect("write");
        }
        let (_, digests) = w.finish_with_chunks().expect("finish");
        let expected: Vec<[u8; 32]> = want
            .chunks(chunk)
            .map(|c| Sha256::digest(c).into())
            .collect();
        assert_eq!(digests.len(), 9);
        assert_eq!(digests, expected);
        // A chunk that does not divide the buffer is not hashed rather than hashed wrong.
        let mut w = WriteBehind::hashing_chunks(tempfile::tempfile().expect("file"), Some(3000));
        w.write_all(&want).expect("write");
        assert!(w.finish_with_chunks().expect("finish").1.is_empty());
    }
}
